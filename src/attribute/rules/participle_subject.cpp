// Speaker rule "participle-subject":
//   "Anna Berg voted against the plan, saying the ferry was too costly."
// A speech cue in -ing after a comma (adverbs between: ", even suggesting"), after quoted words
// that close on their own comma, or after
// "upon", "after", "before", "by", "while", "when": the subject of the sentence speaks, and what
// follows the participle is what was said (", adding: “…”"); right after a subordinate clause
// with a subject of its own, that subject speaks (", as Berg echoed the complaint, saying …"). A
// participle clause opening the sentence ("After saying …, Berg left") is the subject's after its
// comma.
#include <algorithm>
#include <optional>

#include "attribute/clauses.hpp"
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

namespace {

/// The subject after the comma that ends an opening clause (clause_comma: "After saying it was
/// “so tired I could barely stand,” she …").
std::optional<g::speaker_phrase> subject_after_opening_clause(sentence_context const& sv, std::size_t from) {
    std::size_t const end = sv.clause_end();
    std::size_t comma = clause_comma(sv, from, end);
    if (comma >= end) return std::nullopt;
    if (sv.text()[comma] == ',') ++comma;
    auto sp = sv.speaker_at(sv.over_blank(comma));
    if (sp && !common_word_at_start(sv, *sp)) return sp;
    return std::nullopt;
}

/// The subject of a subordinate clause right before the participle's comma (", as Berg echoed the
/// complaint, saying …", "… asks as a porter walks in, saying …"): the nearest clause speaks, when
/// its subject names someone (a name, title, role or pronoun; not "as costs rose").
std::optional<g::speaker_phrase> subordinate_subject(sentence_context const& sv, std::size_t comma) {
    auto const t = sv.text();
    std::size_t from = comma;
    while (from > sv.begin() && t[from - 1] != ',' && sv.quote_at(from - 1) < 0) --from;
    std::optional<g::speaker_phrase> found;
    for (std::size_t p = sv.over_blank(from); p < comma;) {
        auto w = sv.word_at(p);
        if (w.empty()) {
            ++p;
            continue;
        }
        if (g::in_class(w, wc::adverbial_conjunction) && !g::in_class(w, wc::but_word)) {
            auto sp = sv.speaker_at(sv.over_blank(p + w.size()));
            bool const someone = sp && sp->end < comma && std::any_of(sp->tokens.begin(), sp->tokens.end(), [](g::np_token const& tok) {
                return tok.part == g::np_part::name || tok.part == g::np_part::title || tok.part == g::np_part::role ||
                       tok.part == g::np_part::pronoun;
            });
            // (its own finite verb after it: "as Berg echoed", "as a porter walks"; not "as a
            // result", nor "as senator, …")
            auto const verb = someone ? sv.word_at(sv.over_blank(sp->end)) : std::string_view{};
            if (someone && (g::has_form(verb, wf::past) || g::has_form(verb, wf::plural)) && !g::is_preposition(verb)) {
                found = sp;
                // (and the comma ends that clause: no verb of the main clause after it, "while she
                // was secretary, pleaded guilty …" is the main clause's)
                for (std::size_t q = sv.over_blank(sv.over_blank(sp->end) + verb.size()); q < comma;) {
                    auto v = sv.word_at(q);
                    if (v.empty()) {
                        ++q;
                        continue;
                    }
                    if (g::has_form(v, wf::past) || g::in_class(v, wc::auxiliary)) found.reset();
                    q += v.size();
                }
            }
        }
        p += w.size();
    }
    return found;
}

} // namespace

verdict participle_subject(cue_site& site, report_list& reports) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& cue = site.cue;
    std::size_t const before = sv.back_over_blank(cue.begin);
    // (the word before it, "After" opening the sentence in capitals too)
    auto const prev = sv.letters_before(cue.begin);
    std::size_t const b = prev.begin;
    bool const opens_sentence = b == sv.over_blank(sv.begin());
    bool const leads_participle = opens_sentence ? g::in_class(sv.article().lowered_first(prev), wc::participle_lead)
                                                 : g::in_class(t.substr(b, before - b), wc::participle_lead);
    // (", even suggesting …": adverbs may stand between the comma and the participle)
    std::size_t const comma = sv.back_over_blank(before - g::skip_adverbs_backward(t, sv.begin(), before));
    bool const cue_opens = cue.begin == sv.over_blank(sv.begin()); // "Saying …, Okafor added"
    if (cue.kind != g::cue_class::speech || !g::has_form(sv.article().lowered_first({cue.begin, cue.end}), wf::participle) ||
        (!cue_opens && (comma <= sv.begin() || !(t[comma - 1] == ',' || sv.comma_closes_quote_before(cue.begin) || leads_participle))))
        return verdict::pass;
    auto sp = !cue_opens && comma > sv.begin() && t[comma - 1] == ',' ? subordinate_subject(sv, comma - 1) : std::nullopt;
    if (!sp) sp = sentence_subject(sv, cue.begin, reports);
    // "After saying the pier was safe, Berg left": a participle clause opening the sentence
    // belongs to the subject after its comma
    if (!sp && ((leads_participle && opens_sentence) || cue_opens)) sp = subject_after_opening_clause(sv, cue.end);
    if (!sp) return verdict::pass;
    site.speaker = found_speaker{*sp, speaker_place::participle};
    return verdict::found;
}

} // namespace verbatim::attribute::rules
