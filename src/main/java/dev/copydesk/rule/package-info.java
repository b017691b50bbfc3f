/**
 * Stage 3: rules as data. Rule packs are YAML files ({@code rules/*.yaml} in the jar, plus
 * user folders) loaded strictly into immutable records; every problem in every file is
 * reported at once as {@code file:line: problem}. Imports no other Copydesk package.
 */
package dev.copydesk.rule;
