// Package align pairs up the paragraphs (or sentences) of two language
// versions of one document: n:m links with a score each, from length and
// from anchors that survive translation.
//
// # Model
//
// Align finds the cheapest monotone sequence of links of the kinds 1-1, 1-0,
// 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3 by dynamic programming. The cost of a link
// is, in nats (negative log-probabilities):
//
//   - length: Gale–Church. The expected target/source length ratio c is the
//     ratio of the two documents' total lengths (German runs longer than
//     English); the variance per character s² is estimated from the pairs the
//     anchors pin down (6.8, Gale and Church's figure, when there are too few).
//     For 1-0 and 0-1 links the length term is capped, so a translator's
//     dropped paragraph is a deletion and not a forced merge.
//   - anchors: every anchor string shared by the two sides lowers the cost,
//     weighted by rarity (an anchor found in k units of a side counts 1/k);
//     anchors without a partner raise it a little; a link whose sides share
//     nothing while both carry anchors, or a merged unit whose anchors find no
//     partner, is penalised.
//   - prior: 1-1 is likely, 2-1/1-2 less, 2-2, 3-1, 1-3 and 1-0/0-1 rare;
//     a short unit without anchors ("Comment (0)") is cheaper to drop.
//
// # Scale
//
// Small inputs use the full table. Larger ones search a band around a guide
// path: unique shared anchors ("17-NQ/TU", a URL, a number found once on
// each side) give pins, the heaviest monotone chain of pins is kept, and
// between pins the guide follows the cumulative-length diagonal. The band is
// widened away from pins and wherever the guide is steep, so time and memory
// are linear in the document length (5,000 paragraphs a side in a few
// milliseconds).
//
// # Scores
//
// A link's Score is tanh(margin/2), where margin is how much more the best
// alignment that does not use this link costs (paths through the link's
// corners with another link, or through a cell inside its box): 0 is a tie,
// 0.76 a margin of 2 nats, 0.96 one of 4. [Alignment.LowConfidence] groups
// consecutive weak links into regions.
//
// # Sentences
//
// [Sentences] splits a paragraph into sentences; [AlignSentences] aligns two
// documents sentence by sentence and merges the sentence links back into
// paragraph links (the connected groups of paragraphs). With the zero
// [Options], Align switches to that route by itself when the paragraph
// structures of the two sides differ badly.
//
// # Moved paragraphs
//
// A monotone alignment cannot express a paragraph moved elsewhere: it shows
// as 1-0 in one place and 0-1 in another. [Moved] re-pairs such units when
// they share strong anchors; the caller compares them as an extra link.
package align
