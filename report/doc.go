// Package report renders what tally found for people and for programs.
//
// It takes a [check.Report] — findings and summaries that package check has
// already graded — and writes it in one of four formats to an [io.Writer]:
//
//   - table: a terminal table for an editor (severity, where, source and
//     target as written, why, fix), wrapped to a width, optionally coloured,
//     with the differing characters of two numbers highlighted, and a summary
//     line. A batch (several sets) gets a summary table per set, the details
//     grouped by set, the unpaired, skipped and failed files, and totals.
//   - json: one document with the findings flattened across sets; the schema
//     is documented in docs/REPORT.md and is stable.
//   - csv: a header row and one row per finding, columns named as in JSON.
//   - markdown: a summary and a GitHub-flavoured table of the findings.
//
// Package report decides nothing: it never changes a severity, drops a
// finding other than the agreeing ones (listed only with [Options.All]) or
// reorders findings. It prints only to the writer it is given.
//
// [WriteAlignment] renders a paragraph alignment for "tally align"; the caller
// converts its alignment into an [AlignmentView], so that this package
// depends on nothing of tally but check.
package report
