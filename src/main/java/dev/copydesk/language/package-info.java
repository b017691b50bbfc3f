/**
 * Stage 5: the language layer, between segments and checks. For English text: words with their
 * part of speech (Apache OpenNLP's Universal Dependencies tagger) and, for the verbs that report
 * speech and thought, their lemma; noun phrases; and attribution frames, each a source, a cue
 * and content, in block-text offsets. Only sentences that hold a cue candidate are tagged, so
 * the cost follows the reporting in the text, not its length.
 */
package dev.copydesk.language;
