// attribute/clauses.hpp — where what a cue reports begins and ends: the clause reported (indirect,
// or mixed with quoted words), a verb's object, an opening subordinate clause, a hearer after
// "told", a phrase that says where it was said. Shared by the content rules (rules/).
#pragma once

#include <cstddef>

#include "attribute/context.hpp"

namespace verbatim::attribute {

/// Makes `a` the report of `content`: trimmed of what the writer adds (a trailing participle, an
/// aside after a dash or ", but", "in a statement on Thursday"), indirect, or mixed when quoted
/// words stand inside it (those quotations are then used), or direct when it is one whole quote.
void reported_clause(sentence_context const& sv, attribution& a, text_span content);

/// True when nothing but an adverbial, a comma or the sentence end follows `pos`.
bool clause_done(sentence_context const& sv, std::size_t pos);
/// Whether the word at `p` is "to" (word class to_word) opening a to-infinitive: a lower-case word
/// follows that is no determiner or pronoun ("to build", not "to the plan"), or quoted words ("to
/// “stand up”").
bool infinitive_at(sentence_context const& sv, std::size_t p);
/// "described the mayor as a “spoiled child” on Monday": where the words "as (a) “…”" end a
/// verb's object (what follows is the writer's), or the content's end when there are none.
std::size_t as_quote_end(sentence_context const& sv, text_span content);
/// Where a hearer after "told" ends that the speaker grammar could not read, or 0: a few words
/// that make no clause, up to the clause end or a comma ("told some of the dock workers.").
std::size_t hearer_end(sentence_context const& sv, std::size_t pos);
/// Whether the -ing word at `pos` is the subject of a clause of its own, its verb within a few
/// words ("banning the club would be …"), rather than a participle phrase.
bool gerund_clause(sentence_context const& sv, std::size_t pos);
/// Bytes of a phrase at `pos` that tells where something was said ("in a statement", "in an
/// interview", "during a speech", "on his blog post"), or 0.
std::size_t medium_phrase(sentence_context const& sv, std::size_t pos);
/// Whether a complementizer ("that") stands inside `span` as a word of its own, a space on each
/// side ("told the people that …": no hearer; "“…” he said, noting that …": no lone quote).
bool complementizer_inside(sentence_context const& sv, text_span span);
/// Whether a noun phrase can start at `pos`: a word or a quote, not punctuation ("confirmed,
/// saying") nor a verb ("winter blasts have struck": "blasts" was a noun).
bool object_at(sentence_context const& sv, std::size_t pos);
/// Whether a naming verb's object is followed by what it was called, an indefinite noun phrase
/// ("called the plan a mistake", "called it a common ailment"): an indefinite article a word or
/// more into `content`, before any comma, not after a preposition or a coordinator ("called Berg
/// to a meeting", "called Berg and a friend") nor starting a time phrase ("called her a day
/// later"), and no participle or adverb before it ("called peptides by using a …").
bool names_with_complement(sentence_context const& sv, text_span content);
/// Where the object a verb reports ends ("criticized the plan, which …", "endorsed Berg in
/// July"): before a relative or adverbial clause set off by a comma, a clause joined by "but",
/// "though", "while" or "as", a colon or semicolon, or a time phrase that ends the sentence.
std::size_t reported_object_end(sentence_context const& sv, text_span content, bool naming = false);
/// Where the report of a speaker in an opening subordinate clause ends: "While Berg called for A,
/// Reyes kept B" — at the first comma outside quotations; else the clause end.
std::size_t subordinate_clause_end(sentence_context const& sv, attribution const& a);
/// Where a clause that runs from `from` ends at a comma, before `end`: the comma's position, or
/// the end of a quotation that closes on its own comma ("“… walk,” she"); quotations are passed
/// over otherwise. `end` when there is none.
std::size_t clause_comma(sentence_context const& sv, std::size_t from, std::size_t end);
/// Where a time phrase that ends at `before` (a few words before the cue at words()[wi]) begins,
/// back over its blank ("Berg (D-Ore.) on Friday said", "who in May said"); else `before`.
std::size_t before_time_phrase(sentence_context const& sv, std::size_t wi, std::size_t before);

} // namespace verbatim::attribute
