// Cue rule "previous-sentence":
//   "“The ferry stays.” Anna Berg said."
// The attribution stands as a sentence of its own right after the quotation (in the same
// paragraph), and nothing but an adverbial follows the cue.
#include <algorithm>

#include "attribute/clauses.hpp"
#include "attribute/rules.hpp"
#include "attribute/rules/after_cue.hpp"

namespace verbatim::attribute::rules {

bool previous_sentence(cue_site& site, report_list& reports) {
    if (site.speaker->place == speaker_place::participle) return false;
    auto& sv = site.sentence;
    auto& article = sv.article();
    if (sv.back_over_blank(site.subject_begin) != sv.begin() || !clause_done(sv, site.after)) return false;
    auto qi = article.quote_ending_before(sv.sentence());
    std::string_view rest = sv.text().substr(site.after, sv.end() - std::min(site.after, sv.end()));
    if (qi < 0 || article.used(static_cast<std::size_t>(qi)) || rest.find(" that ") != std::string_view::npos) return false;
    auto a = new_report(site);
    a.kind = quote_kind::direct;
    article.add_quote_parts(a, static_cast<std::size_t>(qi));
    reports.keep(std::move(a));
    return true;
}

} // namespace verbatim::attribute::rules
