// Speaker rule "participle-subject":
//   "Anna Berg voted against the plan, saying the ferry was too costly."
// A speech cue in -ing after a comma (adverbs between: ", even suggesting"), after quoted words
// that close on their own comma, or after
// "upon", "after", "before", "by", "while", "when": the subject of the sentence speaks, and what
// follows the participle is what was said (", adding: “…”").
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

verdict participle_subject(cue_site& site, report_list& reports) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& cue = site.cue;
    std::size_t const before = sv.back_over_blank(cue.begin);
    std::size_t b = before;
    while (b > sv.begin() && t[b - 1] >= 'a' && t[b - 1] <= 'z') --b;
    auto const prev_word = t.substr(b, before - b);
    bool leads_participle = g::in_class(prev_word, wc::participle_lead);
    // (", even suggesting …": adverbs may stand between the comma and the participle)
    std::size_t const comma = sv.back_over_blank(before - g::skip_adverbs_backward(t, sv.begin(), before));
    if (cue.kind != g::cue_class::speech || !g::has_form(sv.word_at(cue.begin), wf::participle) || comma <= sv.begin() ||
        !(t[comma - 1] == ',' || sv.comma_closes_quote_before(cue.begin) || leads_participle))
        return verdict::pass;
    auto sp = sentence_subject(sv, cue.begin, reports);
    if (!sp) return verdict::pass;
    site.speaker = found_speaker{*sp, speaker_place::participle};
    return verdict::found;
}

} // namespace verbatim::attribute::rules
