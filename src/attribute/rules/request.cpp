// Cue rule "request":
//   "Anna Berg urged the council to keep the ferry running."
// A request of someone ("urged the council to close the road", "called on Berg to resign"): its
// object and what they are asked to do, up to the clause's end.
#include "attribute/clauses.hpp"
#include "attribute/rules.hpp"
#include "attribute/rules/after_cue.hpp"

namespace verbatim::attribute::rules {

bool request(cue_site& site, report_list& reports) {
    auto const& cue = site.cue;
    if (!cue.directive) return false;
    auto const& sv = site.sentence;
    auto const t = sv.text();
    std::size_t const p = follows_clause(site).clause;
    // (after "asked" the hearer was read as such: the request starts with it)
    std::size_t from = cue.takes_object ? sv.over_blank(cue.end) : p;
    bool call = g::in_class(t.substr(cue.begin, cue.end - cue.begin), wc::call_verb);
    if (auto on = sv.word_at(from); call && g::in_class(on, wc::on_word)) from = sv.over_blank(from + on.size());
    if (call && from == p) return false;
    auto a = new_report(site);
    std::size_t const end = subordinate_clause_end(sv, a);
    for (std::size_t k = from + 1; k + 4 < end && k < from + 100; ++k) {
        if (t[k] == ',' || t[k] == ';' || t[k] == ':' || sv.quote_at(k) >= 0) break;
        // (" to " and an infinitive after it)
        if (t[k] != ' ') continue;
        auto to = sv.word_at(k + 1);
        if (k + 1 + to.size() >= end || t[k + 1 + to.size()] != ' ' || !infinitive_at(sv, k + 1)) continue;
        reported_clause(sv, a, trim(t, {from, end}));
        reports.keep(std::move(a));
        return true;
    }
    return false;
}

} // namespace verbatim::attribute::rules
