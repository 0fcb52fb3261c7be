// Package corpus finds the sets of language versions in a folder: which
// files are translations of one another, and in which language each is.
//
// It works in two steps. Discover walks a folder and lists the files tally
// can read, with what it skipped and why (hidden names, unsupported
// extensions, binary content) and what failed (too large, unreadable).
// Group then sorts the listed files into sets of versions:
//
//  1. by name, when the names follow a convention: report.de.txt,
//     report_de.txt, report-de.txt, de/report.txt, report/de.txt;
//  2. by content, for the files whose names say nothing: the language is
//     identified from a bounded sample of the text, and versions of one
//     article are found by what survives translation — URLs, the digits
//     of numbers (and the values of the lead paragraph's facts: its date),
//     codes such as 17-NQ/TU, untranslated names. Each document is
//     reduced to a sorted list of hashed anchors; an inverted index yields
//     candidate pairs (no all-pairs comparison), which are scored by
//     IDF-weighted Jaccard over the anchors shared across languages, linked
//     when they are mutual best matches above a threshold, and merged into
//     sets with at most one document per language.
//
// Files with no counterpart are listed as unpaired. All output is sorted by
// path, so the grouping does not depend on the order files were created or
// on the number of workers.
//
// For a folder of any size, GroupFolder does both steps without holding the
// list of files or the sets in memory: Walk reads folders a few hundred
// entries at a time, a Grouper sends the files named by convention to an
// on-disk sort (github.com/bsm/extsort) keyed by set, and the sets wait in a
// temporary file (Sets) in their final order. The files the names do not
// place wait for content grouping on disk too, sorted by name
// (pendingFiles), then numbered with their names in a temporary file
// (fileStore); their hashed anchors go to an on-disk index (postings) that
// leaves out, as they come, the anchors too common to count. What content
// grouping holds in memory is its graph of documents: some 150 bytes a
// file. Group and Discover answer the same in memory.
//
// ChooseSource picks the source version of each set; SourceRule does so one
// set at a time for sets read back from disk.
package corpus
