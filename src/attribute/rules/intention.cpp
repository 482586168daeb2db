// Cue rule "intention":
//   "Anna Berg vowed to keep the ferry running."
// A verb of intention before a to-infinitive ("wants to run for the Senate", "declined to
// comment"): the infinitive is what it reports.
#include "attribute/clauses.hpp"
#include "attribute/rules.hpp"
#include "attribute/rules/after_cue.hpp"

namespace verbatim::attribute::rules {

bool intention(cue_site& site, report_list& reports) {
    auto const& sv = site.sentence;
    std::size_t const p = follows_clause(site).clause;
    if (!site.cue.infinitive || !infinitive_at(sv, p)) return false;
    auto a = new_report(site);
    text_span content = trim(sv.text(), {p, subordinate_clause_end(sv, a)});
    if (text::count_words(sv.text(), content, 2) >= 2) {
        reported_clause(sv, a, content);
        reports.keep(std::move(a));
    }
    return true;
}

} // namespace verbatim::attribute::rules
