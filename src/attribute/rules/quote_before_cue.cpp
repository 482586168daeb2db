// Cue rule "quote-before-cue":
//   "“The ferry stays,” Anna Berg said."
// A quotation that closes right before the subject (a comma between) is what was said; a second
// one after the cue goes on with it (“…,” he said, “…” / “…,” he said, but “…”). A quotation a
// report has taken already ("X praised Y: “…,” she said") gets this cue and speaker, which name
// its speaker more plainly, and ends with the quotation (an amendment it records).
#include <algorithm>

#include "attribute/rules.hpp"
#include "attribute/rules/after_cue.hpp"

namespace verbatim::attribute::rules {

bool quote_before_cue(cue_site& site, report_list& reports) {
    if (!reports_what_stands_before(site)) return false;
    auto const& before = precedes_subject(site);
    if (!before.reported || before.quote < 0) return false;
    auto& sv = site.sentence;
    auto const t = sv.text();
    auto& article = sv.article();
    auto const qi = static_cast<std::size_t>(before.quote);
    if (article.used(qi)) {
        auto const& q = article.quote(qi);
        auto& out = reports.items();
        for (auto it = out.rbegin(); it != out.rend(); ++it)
            if (std::any_of(it->quoted.begin(), it->quoted.end(), [&](text_span const& p) { return p.begin >= q.inner_begin && p.end <= q.inner_end; })) {
                it->speaker = site.speaker->phrase;
                it->cue = site.cue;
                it->amended_by.push_back("quote-before-cue");
                // (its words end with the quotation: not "“…,” she said" after it)
                for (auto& part : it->spans)
                    if (part.begin < q.close_end && part.end > q.close_end) part.end = q.close_end;
                if (it->spans.size() == 1 && it->spans[0].begin == q.open && it->spans[0].end == q.close_end) {
                    it->kind = quote_kind::direct; // the quotation alone
                    it->spans = it->quoted;
                }
                break;
            }
        return true;
    }
    // “…,” X said [, “…”]
    auto a = new_report(site);
    a.kind = quote_kind::direct;
    article.add_quote_parts(a, qi);
    std::size_t p = sv.over_blank(site.after);
    p = sv.over_blank(p + sv.time_phrase_at(p)); // "told reporters on Monday, “…”"
    // "said at a meeting in Astoria, Ore., “…”": a short phrase of where or when, up to the comma
    // before the quote that goes on (no quote or cue before it)
    for (std::size_t q = p, words = 0; q < sv.clause_end() && words <= 12 && p < sv.end() && t[p] != ','; ++q) {
        if (sv.quote_at(q) >= 0 || (t[q - 1] == ' ' && sv.cue_at(q))) break;
        if (t[q] == ' ') ++words;
        if (t[q] == ',' && sv.quote_opening_at(sv.over_blank(q + 1)) >= 0) p = q;
    }
    if (p < sv.end() && t[p] == ',') {
        // “…,” he said, “…”   /   “…,” he said, but “…”   /   “…,” he said, and also “…”
        auto q2 = sv.quote_after_conjunction(sv.over_blank(p + 1));
        if (q2 >= 0) article.add_quote_parts(a, static_cast<std::size_t>(q2));
    }
    reports.keep(std::move(a));
    return true;
}

} // namespace verbatim::attribute::rules
