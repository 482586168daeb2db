// Speaker rule "postmodified-subject":
//   "A new survey released on Monday shows most residents want the ferry."
// The phrase that opens the sentence, then a modifier (a participle phrase, "familiar with",
// "close to") that runs to the cue without a comma, a quote or another cue, is the subject; the
// words inside the modifier are not ("A councillor familiar with the plan said", "A union
// representing ferry crews endorsed").

#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {
namespace {

/// A cheap look first: no stop before the cue, and a word that may open the modifier.
bool may_hold_modifier(sentence_context const& sv, std::size_t start, std::size_t cue) {
    auto const t = sv.text();
    for (std::size_t q = start; q < cue; ++q) {
        char c = t[q];
        // (a curly quotation mark stops it; a curly apostrophe does not: "Reyes’s thinking")
        bool curly_quote = static_cast<unsigned char>(c) == 0xE2 && !t.substr(q).starts_with("\xE2\x80\x99");
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == '"' || curly_quote) return false;
    }
    for (std::size_t w : sv.words()) {
        if (w < start) continue;
        if (w >= cue) break;
        auto word = sv.word_at(w);
        if (g::has_form(word, wf::participle) || g::has_form(word, wf::past) || g::in_class(word, wc::irregular_participle) ||
            g::in_class(word, wc::adjective_with) || g::in_class(word, wc::adjective_to))
            return true;
    }
    return false;
}

} // namespace

verdict postmodified_subject(cue_site& site, report_list&) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& cue = site.cue;
    std::size_t const start = sv.over_blank(sv.begin());
    if (start >= cue.begin || sv.quote_at(start) >= 0 || !may_hold_modifier(sv, start, cue.begin)) return verdict::pass;
    auto sp = sv.speaker_at(start);
    if (!sp || sp->end >= cue.begin || sp->tokens.front().part == g::np_part::pronoun) return verdict::pass;
    std::size_t const p = sv.over_blank(sp->end);
    if (p >= cue.begin) return verdict::pass;
    auto w = sv.word_at(p);
    if (w.empty()) return verdict::pass;
    // (a cue there is the verb, unless it is a participle that takes its object, "Letters
    // citing harbor staff have suggested …", or its hearer, "A source speaking to the Courier
    // said …")
    auto const hearer = sv.word_at(sv.over_blank(p + w.size()));
    bool const to_hearer = g::in_class(hearer, wc::to_word) || g::in_class(hearer, wc::with_word);
    if (auto inner = sv.cue_at(p); inner && !(g::has_form(w, wf::participle) && (inner->stance || inner->topic || to_hearer))) return verdict::pass;
    if (!opens_postmodifier(sv, p)) return verdict::pass;
    // ("The mayor's voice cracked with emotion as she spoke of …": a pronoun before the cue is
    // its subject)
    auto const before_cue = sv.letters_before(cue.begin);
    if (g::pronoun_gender(t.substr(before_cue.begin, before_cue.end - before_cue.begin)) != g::gender::unknown) return verdict::pass;
    // ("Skippers fined by the council are referred to …": a passive says nothing of its subject's)
    if (g::in_class(t.substr(before_cue.begin, before_cue.end - before_cue.begin), wc::passive_auxiliary) &&
        !g::has_form(t.substr(cue.begin, cue.end - cue.begin), wf::participle))
        return verdict::no_speaker;
    std::size_t n = 0;
    for (std::size_t q = p; q < cue.begin; ++q) {
        if (t[q] == ',' || t[q] == ';' || t[q] == ':' || t[q] == '(' || sv.quote_at(q) >= 0) return verdict::pass;
        if (q > p && t[q - 1] == ' ' && t[q] != ' ') {
            if (++n > 12) return verdict::pass;
            if (auto inner = sv.cue_at(q); inner && !gerund_noun(sv, *inner)) return verdict::pass;
        }
    }
    site.speaker = found_speaker{*sp};
    return verdict::found;
}

} // namespace verbatim::attribute::rules
