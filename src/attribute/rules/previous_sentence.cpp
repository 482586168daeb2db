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
    // (a "that" after the cue opens its own content; not one after a participle, in what else
    // the speaker did: "Berg asked, repeating a claim - that …")
    auto const t = sv.text();
    std::size_t own_end = std::max(site.after, sv.end());
    for (std::size_t p = site.after; p < own_end; ++p)
        if (t[p] == ',' && g::has_form(sv.word_at(sv.over_blank(p + 1)), wf::participle)) own_end = p;
    if (qi < 0 || article.used(static_cast<std::size_t>(qi)) || complementizer_inside(sv, {site.after, own_end})) return false;
    keep_quote(site, reports, static_cast<std::size_t>(qi));
    return true;
}

} // namespace verbatim::attribute::rules
