// Speaker rule "shared-subject":
//   "Anna Berg has warned that the ferry is old and says it must be replaced."
// A second cue after "and" shares the first one's subject; the first report ends before "and"
// (an amendment it records).
#include <algorithm>

#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

verdict shared_subject(cue_site& site, report_list& reports) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    std::size_t before = sv.back_over_blank(site.cue.begin);
    // (the word before the cue: "and")
    std::size_t w = before;
    while (w > sv.begin() && t[w - 1] >= 'a' && t[w - 1] <= 'z') --w;
    if (w == before || !g::in_class(t.substr(w, before - w), wc::and_word) || reports.empty()) return verdict::pass;
    auto& prev = reports.back();
    if (!prev.cue || !prev.speaker || prev.cue->end > before || prev.cue->begin < sv.begin() || prev.spans.back().end < before)
        return verdict::pass;
    std::size_t cut = sv.back_over_blank(w);
    while (cut > prev.spans.back().begin && t[cut - 1] == ',') --cut;
    prev.spans.back().end = cut;
    std::erase_if(prev.quoted, [&](text_span const& q) { return q.begin >= cut; });
    prev.amended_by.push_back("shared-subject");
    site.speaker = found_speaker{*prev.speaker};
    return verdict::found;
}

} // namespace verbatim::attribute::rules
