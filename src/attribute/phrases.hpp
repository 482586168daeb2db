// attribute/phrases.hpp — what a noun phrase near a cue is: a subject or not (a sentence adverb,
// a preposition's object, a count after "about", a possessive before a noun of speech), the
// subject of the sentence, a source that is no speaker the grammar knows. Shared by the rules.
#pragma once

#include <cstddef>
#include <optional>

#include "attribute/context.hpp"

namespace verbatim::attribute {

/// A lone capitalised word opening the sentence that the article also writes in lower case
/// ("Talks concluded ..."), a participle or adverb ("Continuing, …") or a time ("Hours later")
/// is not a speaker.
bool common_word_at_start(sentence_context const& sv, g::speaker_phrase const& sp);
/// Whether a time phrase is all the phrase holds ("A day after the storm, …", "Each week, …"):
/// no subject. `bound` is the text the phrase was read in.
bool only_a_time(std::string_view bound, g::speaker_phrase const& sp);
/// "Tom Reyes, who said …": a relative pronoun after a comma, whose clause adds to the phrase it
/// stands for rather than restricts it ("critics who say …").
bool adding_relative(std::string_view text, g::speaker_phrase const& sp);
/// A modifier of the noun before `p` opens there: a participle phrase ("representing ferry
/// crews", "released on Monday", "involved in the talks"; not a past tense before its object, "learned
/// the …") or an adjective with its preposition ("familiar with", "close to").
bool opens_postmodifier(sentence_context const& sv, std::size_t p);
/// The same for sentence `s` read up to `bound` (a paragraph's end, for rules that read one).
bool common_word_at_start(article_context const& article, std::string_view bound, text::sentence const& s,
                          g::speaker_phrase const& sp);
/// Whether a preposition opening the sentence stands right before `pos`: a noun phrase there is
/// its object, not a speaker ("In a message posted Friday, …"). (Inside a sentence an object may
/// be part of a speaker the grammar did not read whole: "aides to Clinton say".)
bool after_preposition(sentence_context const& sv, std::size_t pos);
/// "About four in 10 said", "Around 40 percent told …": the word before a count is an
/// approximation of it, no preposition.
bool approximated_count(sentence_context const& sv, g::speaker_phrase const& sp);
/// "familiar with his thinking", "the council's warning", "Berg's views": a cue after a
/// possessive, or in -ing or -s after "the", is a noun.
bool gerund_noun(sentence_context const& sv, g::cue_match const& cue);
/// Whether the words between a subject (ending at `from`) and its cue make the cue passive: a
/// form of "be" before a participle ("was told", "has been called"). "was saying" stays active.
bool passive(sentence_context const& sv, std::size_t from, g::cue_match const& cue);
/// Whether a form of "be" (or another copula) stands among the words from `from` to `to`.
bool copula_between(sentence_context const& sv, std::size_t from, std::size_t to);
/// "his early-morning tweets", "their recent remarks": a possessive pronoun and plain words before
/// a cue that is also a plural noun of speech make a noun phrase whose head is the cue word.
bool possessive_noun_cue(sentence_context const& sv, g::speaker_phrase const& sp, g::cue_match const& cue);
/// "279 confirmed cases", "the most discussed subject": the participle describes the noun after
/// it; the number or "most" before it is no speaker.
bool adjective_participle(sentence_context const& sv, attribution const& a, g::cue_match const& cue);
/// A source that is no speaker the grammar knows, after "according to" or "In": a determiner,
/// then words up to the head before a preposition, participle or comma ("city rules", "an
/// organizer", "first counts" of the ballots).
std::optional<g::speaker_phrase> source_phrase(sentence_context const& sv, std::size_t pos);
/// Who a participle cue (", saying …") at `cue` belongs to: the speaker of the last report in
/// this sentence, else the noun phrase that opens the sentence (after an opening adverbial).
std::optional<g::speaker_phrase> sentence_subject(sentence_context const& sv, std::size_t cue, report_list const& reports);
/// Whether the phrase follows a bare "and" without a determiner of its own: the end of a longer
/// name ("… Office of Roads and Harbor Tunnels"), not a body of its own ("… and the Harbor
/// College").
bool ends_longer_name(sentence_context const& sv, g::speaker_phrase const& sp);
/// "The mayor texted volunteers saying: “…”": before a participle cue, a phrase that is no name
/// is the verb's object, and the sentence's subject speaks: that subject, or none (the phrase
/// speaks itself: a name, "with" before it).
std::optional<g::speaker_phrase> subject_of_participle(sentence_context const& sv, g::speaker_phrase const& object,
                                                       g::cue_match const& cue, report_list const& reports);

/// The noun phrase `subject_at` accepts at the start of the sentence, else after an opening
/// conjunction, else after its first comma before `limit` ("On Twitter, Jeb Bush …").
template <typename F>
std::optional<g::speaker_phrase> opening_subject(sentence_context const& sv, std::size_t limit, F const& subject_at) {
    auto const t = sv.text();
    // ("Along with her brother, she …", "Absent a plan, riders …": a preposition opens no subject)
    std::size_t const first = sv.over_blank(sv.begin());
    auto const first_word = sv.word_at(first);
    bool const opens_with_preposition = !first_word.empty() && g::is_preposition(sv.article().lowered_first({first, first + first_word.size()}));
    if (!opens_with_preposition)
        if (auto sp = subject_at(sv.begin())) return sp;
    // "But the court reversed itself and said …": after an opening conjunction, a phrase that names
    // someone (not "But her reply …", "And two weeks on …", "And it seems …")
    if (auto w = sv.word_at(first); g::in_class(w, wc::opening_conjunction))
        if (auto sp = subject_at(sv.over_blank(first + w.size()));
            sp && sp->tokens.back().part != g::np_part::common && sp->tokens.back().part != g::np_part::possessive &&
            sv.time_phrase_at(sp->begin) == 0 && !g::in_class(t.substr(sp->begin, sp->end - sp->begin), wc::pronoun_it))
            return sp;
    // (the first comma that a subject follows: "Following a hastily called, late-night meeting,
    // the council issued …")
    // ("At a rally in Harbor, Ore., on Sunday, Berg …", "in Ames, Iowa, Berg …": a place set
    // off after the town it is of goes on with the opening phrase)
    auto town_state = [&](std::size_t comma, g::speaker_phrase const& sp) {
        auto const town = sv.letters_before(comma);
        if (town.end != comma || town.end <= town.begin || t[town.begin] < 'A' || t[town.begin] > 'Z') return false;
        std::size_t after = sv.over_blank(sp.end);
        bool const shortened = after < limit && t[after] == '.';
        if (shortened) ++after;
        if (after >= limit || t[after] != ',') return false;
        auto const written = t.substr(sp.begin, sp.end - sp.begin);
        return g::is_place_name(written) || ((shortened || written.back() == '.') && written.size() <= 6);
    };
    for (std::size_t p = sv.begin(); p < limit; ++p)
        if (t[p] == ',')
            if (auto sp = subject_at(sv.over_blank(p + 1)); sp && !town_state(p, *sp)) return sp;
    return std::nullopt;
}

} // namespace verbatim::attribute
