// Article pass "coordinated-cut":
//   "Anna Berg said the ferry would stay, and Tom Reyes said it would go."
// A report ends where a coordinated clause with a speaker and cue of its own begins ("Cruz said
// he'd make sand glow, and Trump vowed to …"), or where quoted words close on their comma before
// another speaker ("… because “most people don't know,” she said"). Amends the first report.
#include <algorithm>

#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {
namespace {

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

/// Cuts report `a` where `b`, a coordinated report of its own, begins inside it.
void cut_before(article_context const& article, attribution& a, attribution const& b) {
    auto const t = article.text();
    if (!a.cue || a.kind == quote_kind::direct || !b.cue || !b.speaker || b.speaker_carried) return;
    auto& last = a.spans.back();
    // Where b starts inside a: its speaker, or its cue when the subject is elided ("she respects X
    // but argues that …").
    std::size_t sb = b.speaker->begin > last.begin && b.speaker->begin < last.end ? b.speaker->begin : b.cue->begin;
    if (sb <= last.begin || sb >= last.end || a.cue->begin > sb) return;
    sb -= g::skip_adverbs_backward(t, last.begin, sb);
    std::size_t p = sb;
    while (p > last.begin && t[p - 1] == ' ') --p;
    std::string_view head = t.substr(last.begin, p - last.begin);
    // "… because “most people don't know,” she said": the quote closing on its comma ends the
    // first report.
    for (std::string_view close : {",\xE2\x80\x9D", ",\""})
        if (head.ends_with(close) && article.quote_closes_at(last.begin + head.size()) && head.size() > close.size()) {
            if (last.end != last.begin + head.size()) a.amended_by.push_back("coordinated-cut");
            last.end = last.begin + head.size();
            return;
        }
    for (std::string_view conj : {" and", " but", ", while", ";", ","}) {
        if (!head.ends_with(conj)) continue;
        std::size_t cut = last.begin + head.size() - conj.size();
        while (cut > last.begin && (t[cut - 1] == ',' || t[cut - 1] == ' ')) --cut;
        if (cut > last.begin) {
            last.end = cut;
            a.amended_by.push_back("coordinated-cut");
            std::erase_if(a.quoted, [&](text_span const& q) { return q.begin >= cut; });
            if (a.quoted.empty() && a.kind == quote_kind::mixed) a.kind = quote_kind::indirect;
            // "congratulated Pelosi, saying “…”": what is left is the object, no report.
            if (a.quoted.empty() && text::count_words(t, last, 2) < 2) last.end = last.begin;
        }
        break;
    }
}

} // namespace

void cut_at_coordinated_reports(article_context const& article, report_list& reports) {
    auto& out = reports.items();
    for_each_overlapping_pair(out, [&](attribution& a, attribution const& b, std::size_t, std::size_t) { cut_before(article, a, b); });
    std::erase_if(out, [](attribution const& a) {
        return std::all_of(a.spans.begin(), a.spans.end(), [](text_span const& s) { return s.begin >= s.end; });
    });
}

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
    std::vector<attribution> kept;
    for (std::size_t i = 0; i < out.size(); ++i)
        if (!nested[i]) kept.push_back(std::move(out[i]));
    out = std::move(kept);
}

} // namespace verbatim::attribute::rules
