package dev.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attribution, case by case: each article is a headline and one body paragraph; the claim
 * containing {@code phrase} must be attributed to {@code source} (NONE for no source, NO CLAIM
 * when the sentence is not check-worthy).
 */
class ClaimFinderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            name after the verb         | Fares will rise by 8% next year, said Ana Ruiz. | rise by 8% | Ana Ruiz
            leading conjunction         | But Mr Blair insisted the 40 new laws were needed. | 40 new laws | Mr Blair
            leading weekday             | On Tuesday Mr Ebbers said profits fell by 12%. | fell by 12% | Mr Ebbers
            two auxiliaries             | Home Secretary Charles Clarke has also warned that 300 officers could go. | 300 officers | Home Secretary Charles Clarke
            parenthesis after the name  | Electronic Arts (EA) says it sold 12 million games. | 12 million | Electronic Arts
            according to, a document    | Sales rose 4%, according to figures released by the Electoral Commission. | rose 4% | Electoral Commission
            a role, not a name          | Crime fell by 9% last year, the mayor said. | fell by 9% | the mayor
            a clause after said         | A party spokesman said Labour had spent 10 million pounds. | 10 million | A party spokesman
            a report is a document source | The report said Labour had spent 10 million pounds. | 10 million | The report
            trailing tag covers the paragraph | Sales fell 4% in March. The drop was the worst in years, the BRC said. | fell 4% | BRC
            a reported event covers nothing before it | Shares fell 70% on Monday. Ms Okafor said the trial would go on. | fell 70% | NONE
            vague source keeps its vagueness | Experts view this as the biggest shift in 40 years. The rise was steep, Mr Holt said. | biggest shift | NONE
            he said finds the last speaker | Tom Ruiz said the study began in May. It covered 400 farms. He said 30% of them had failed. | 30% of them | Tom Ruiz
            key figures are people      | Talks in 12 cities involved key figures from Europe. | 12 cities | NONE
            adds is no speaker tag      | The plan adds a layer of high-pressure diplomacy, with U.S. teams in 3 cities. | 3 cities | NONE
            speaker after an employer   | Fares will rise 8%, said Harbour Lines' finance director, Karim Adeyemi. | rise 8% | Karim Adeyemi
            a year is not a statistic   | The town has relied on the bridge since 1962. | since 1962 | NO CLAIM
            an age is not a statistic   | Scholl, 21, was a student in Munich. | Scholl | NO CLAIM
            dateline is no appositive   | KYIV, 14 March 2026 (Reuters) – Fares will rise 8%, said Mark Rutte. | rise 8% | Mark Rutte
            according to a record       | A ticket will cost £3.40, according to the company's fare table. | £3.40 | the company's fare table
            surname after the full name | Prime Minister Mark Rutte said 40 jobs would go. Rutte said 12 more were at risk. | 12 more | Prime Minister Mark Rutte
            title and surname           | Tom Ruiz said fares rose 8%. Mr Ruiz said 30% of riders had left. | 30% of riders | Tom Ruiz
            a study speaks for itself   | Nearly 40% of staff left the building to check e-mail, the study found. | the building | the study
            a survey that shows         | The bank's annual survey shows 40% of firms plan to hire. | 40% of firms | The bank's annual survey
            quoted as saying            | Reuters quoted a central bank official as saying rates would rise 2%. | rise 2% | Reuters
            role with a title after it  | The Texas attorney general said the 12 e-mails broke three laws. | 12 e-mails | The Texas attorney general
            it now estimates            | Technorati said blogs were growing. It now estimates there are 4.8 million of them. | 4.8 million | Technorati
            speaker right before the verb | Others targeted include 12 seats held by Theresa May, Lib Dem elections chief Lord Rennard said. | 12 seats | Lord Rennard
            person of an organisation   | The Victims of Crime Trust, Norman Brennan, accused judges of cutting terms by 30%. | 30% | Norman Brennan
            a name inside the quote     | Lord Rennard said the plan was set. "We want 40 tactical votes for Liberal Democrat," he added. | 40 tactical | Lord Rennard
            a role after the verb       | I lost 3 sets in a row, said the 34-year-old. | 3 sets | the 34-year-old
            plural role                 | Defence lawyers said Mr Scrushy had lost $3m. | $3m | Defence lawyers
            a question is no claim      | Will fares rise by 8% next year? | 8% | NO CLAIM
            a closing tag covers one sentence back | In 2001 Mr Howard won by 5,907 votes. His seat is a target. We will win 40 seats, Lord Rennard said. | 5,907 | NONE
            unnamed sources with words between | Sources familiar with the deal said it was worth $2bn. | $2bn | NONE
            he told, after the subject  | Darren Campbell has set his sights on gold. But he told the BBC he would run under 10 seconds. | 10 seconds | Darren Campbell
            a clause after the tag is no tag | In 2001 Mr Howard won by 5,907 votes. Lord Rennard said it was not a term he would use. | 5,907 | NONE
            some firms are no role      | Some major tech firms say 40% of patents are needed. | 40% | NONE
            the name after told is no speaker | Mark Rutte, the Dutch prime minister, told Reuters that 40 jets would go. | 40 jets | Mark Rutte
            a tag covers one sentence only | Sales fell 4% in March. Prices rose 3% in April, reporters noted. Costs rose 5% in May, the BRC said. | fell 4% | NONE
            according to, capitalised   | According to the ONS, unemployment rose 5%. | rose 5% | ONS
            another person, same surname | Tom Ruiz said fares rose 8%. Ana Ruiz said 30% of riders had left. | 30% of riders | Ana Ruiz
            """)
    void attributesTheClaim(String name, String paragraph, String phrase, String source) throws Exception {
        String article = "Headline\n\n" + paragraph + "\n";
        AnalyzedDocument doc = Analyzer.analyze(new ArticleReader().parse("case.txt", InputFormat.TEXT,
                article.getBytes(StandardCharsets.UTF_8)), null);
        String found = "NO CLAIM";
        for (Claim claim : doc.claims()) {
            String text = doc.blocks().get(claim.block()).text().substring(claim.span().start(), claim.span().end());
            if (text.contains(phrase)) {
                found = claim.source().map(Source::name).orElse("NONE");
            }
        }
        assertEquals(source, found);
    }

    /** The set's bounds only pass words over that it cannot hold: the same answers as asking it of every word. */
    @org.junit.jupiter.api.Test
    void hasWordAnswersAsAskingTheSetOfEveryWord() {
        java.util.Random random = new java.util.Random(5);
        // A letter outside the basic plane (U+1D400) is two chars that are not letters one by one.
        String letters = "saidtolrepoSAID\u00e9\u015f, .-\u2019\ud835\udc00";
        java.util.List<ClaimFinder.WordSet> sets = java.util.List.of(ClaimFinder.REPORTING_WORDS, SourceNames.DOCUMENT_WORDS,
                ClaimFinder.WordSet.of(java.util.Set.of("Said", "\u00e9", "a")), ClaimFinder.WordSet.of(java.util.Set.of()));
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(random.nextInt(4) == 0 ? " said " : letters.charAt(random.nextInt(letters.length())));
            }
            String s = text.toString();
            for (ClaimFinder.WordSet words : sets) {
                boolean expected = lettersRuns(s).stream().anyMatch(words.words()::contains);
                assertEquals(expected, ClaimFinder.hasWord(s, words), s);
            }
        }
    }

    /** Every run of chars that are letters one by one, as the old check read them. */
    private static java.util.List<String> lettersRuns(String s) {
        java.util.List<String> runs = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (char c : (s + " ").toCharArray()) {
            if (Character.isLetter(c)) {
                run.append(c);
            } else if (run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        return runs;
    }
}
