// Article pass "nested":
//   "Anna Berg said she believed the ferry would stay."
// An indirect report whose cue lies inside another report's content, or between the other's cue
// and its content ("said he believed ...": the belief is part of what was said), is part of it,
// and dropped. Each inside the other ("Talks concluded after …, the Kremlin said"): the report
// whose content comes before its cue is the one the sentence makes.
#include <algorithm>

#include "attribute/rules.hpp"
#include "attribute/rules/overlapping.hpp"

namespace verbatim::attribute::rules {

void drop_nested(report_list& reports) {
    auto& out = reports.items();
    std::vector<bool> nested(out.size(), false);
    for_each_overlapping_pair(out, [&](attribution const& a, attribution const& b, std::size_t i, std::size_t) {
        if (!a.cue || a.kind == quote_kind::direct || b.kind == quote_kind::direct || !b.cue) return;
        // a's cue sits inside b's report, or between b's cue and its content ("said he believed
        // ...": the belief is part of what was said).
        std::size_t from = std::min(b.spans.front().begin, b.cue->end);
        if (!(from <= a.cue->begin && a.cue->end <= b.spans.back().end && a.spans.back().end <= b.spans.back().end)) return;
        // Each inside the other ("Talks concluded after …, the Kremlin said"): the report whose
        // content comes before its cue is the one the sentence makes.
        bool b_in_a = std::min(a.spans.front().begin, a.cue->end) <= b.cue->begin && b.cue->end <= a.spans.back().end;
        if (b_in_a && a.spans.front().begin < a.cue->begin && b.spans.front().begin > b.cue->begin) return;
        nested[i] = true;
    });
    // (in place, in order: a long window holds a hundred thousand reports)
    std::size_t i = 0;
    std::erase_if(out, [&](attribution const&) { return nested[i++]; });
}

} // namespace verbatim::attribute::rules
