// Cue rule "quote-after-cue":
//   "Anna Berg said: “The ferry stays.”"
// A quotation right after the cue (after a colon or comma, a hearer or a time phrase) is what was
// said when it ends the clause, is left open, or ends on its own comma after a comma that
// introduced it (`says, “Don't do it,” until …`: the narration goes on after it).
#include "attribute/rules.hpp"
#include "attribute/rules/after_cue.hpp"

namespace verbatim::attribute::rules {

bool quote_after_cue(cue_site& site, report_list& reports) {
    auto const& f = follows_quote(site);
    auto& sv = site.sentence;
    auto const t = sv.text();
    auto& article = sv.article();
    auto qi = sv.quote_opening_at(f.quote);
    if (qi < 0) return false;
    auto const& q = article.quote(static_cast<std::size_t>(qi));
    std::size_t rest = sv.over_blank(q.close_end);
    bool ends_on_comma = f.introduced && article.ends_on_own_comma(q);
    if (q.closed && rest < sv.clause_end() && t[rest] != '.' && t[rest] != ',' && !ends_on_comma) return false;
    keep_quote(site, reports, static_cast<std::size_t>(qi));
    return true;
}

} // namespace verbatim::attribute::rules
