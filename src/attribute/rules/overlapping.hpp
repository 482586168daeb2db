// attribute/rules/overlapping.hpp — the pairs of reports that overlap, for the passes that amend
// reports against each other (coordinated_cut.cpp, nested.cpp).
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

#include "attribute/attribution.hpp"

namespace verbatim::attribute::rules {

/// Calls f(a, b, i, j) for every ordered pair of reports whose extents (speaker, cue and content)
/// overlap: the reports of one sentence, without comparing all pairs of an article.
template <typename F> void for_each_overlapping_pair(std::vector<attribution>& out, F&& f) {
    auto extent = [](attribution const& a) {
        std::size_t lo = a.spans.front().begin, hi = a.spans.back().end;
        if (a.cue) lo = std::min(lo, a.cue->begin), hi = std::max(hi, a.cue->end);
        if (a.speaker && !a.speaker_carried) lo = std::min(lo, a.speaker->begin), hi = std::max(hi, a.speaker->end);
        return std::pair{lo, hi};
    };
    std::vector<std::pair<std::size_t, std::size_t>> ext;
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        ext.push_back(extent(out[i]));
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return ext[x].first < ext[y].first; });
    for (std::size_t k = 0; k < order.size(); ++k)
        for (std::size_t m = k + 1; m < order.size() && ext[order[m]].first < ext[order[k]].second; ++m) {
            f(out[order[k]], out[order[m]], order[k], order[m]);
            f(out[order[m]], out[order[k]], order[m], order[k]);
        }
}

} // namespace verbatim::attribute::rules
