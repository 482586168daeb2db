// Speaker rule "conjoined-subject":
//   "Anna Berg voted for the budget, but said the ferry was too costly."
// A cue after "and" or "but" (adverbs allowed between) has the subject of the sentence as its
// speaker.
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

verdict conjoined_subject(cue_site& site, report_list& reports) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    std::size_t const before = sv.back_over_blank(site.cue.begin);
    std::size_t b = sv.back_over_blank(before - g::skip_adverbs_backward(sv.bound(), sv.begin(), before));
    std::size_t w = b;
    while (w > sv.begin() && t[w - 1] >= 'a' && t[w - 1] <= 'z') --w;
    auto conj = t.substr(w, b - w);
    if (!g::in_class(conj, wc::coordinator) || w <= sv.begin()) return verdict::pass;
    auto sp = sentence_subject(sv, site.cue.begin, reports);
    if (!sp) return verdict::pass;
    site.speaker = found_speaker{*sp};
    return verdict::found;
}

} // namespace verbatim::attribute::rules
