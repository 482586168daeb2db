// Cue rule "as-object":
//   "Anna Berg sees the ferry as a lifeline for the islands."
// A verb that takes its object "as" something ("see the toll as a burden", "viewed the fare rise
// as a mistake"): the object and what it is taken as are the report (not "what she sees as her
// right": the object stands before; not "saw the ship there last spring"). Such a cue reports
// nothing else.
#include "attribute/clauses.hpp"
#include "attribute/rules.hpp"
#include "attribute/rules/after_cue.hpp"

namespace verbatim::attribute::rules {

bool as_object(cue_site& site, report_list& reports) {
    if (!site.cue.as) return false;
    auto const& sv = site.sentence;
    auto const t = sv.text();
    std::size_t const p = follows_object(site).object;
    auto a = new_report(site);
    text_span object = trim(t, {p, subordinate_clause_end(sv, a)});
    // (not "what she sees as her right": the object stands before; not "we see that …")
    if (auto first = sv.word_at(object.begin); g::in_class(first, wc::as_word) || g::in_class(first, wc::complementizer)) return true;
    bool as_follows = false;
    for (std::size_t q = sv.over_blank(p); q < object.end && !as_follows;) {
        if (sv.quote_at(q) >= 0) break;
        auto w = sv.word_at(q);
        if (w.empty()) break; // (a comma or other stop first)
        as_follows = g::in_class(w, wc::as_word) && q > object.begin && sv.over_blank(q + w.size()) < object.end;
        q = sv.over_blank(q + w.size());
    }
    if (!as_follows) return true;
    object.end = reported_object_end(sv, object, true);
    reported_clause(sv, a, object);
    reports.keep(std::move(a));
    return true;
}

} // namespace verbatim::attribute::rules
