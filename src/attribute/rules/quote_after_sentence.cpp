// Cue rule "quote-after-sentence":
//   "Anna Berg agreed. “The ferry stays.”"
// A sentence that is only its speaker and the cue (an adverbial may follow: "Reyes disagreed
// sharply.") reports the quotation that opens the next sentence of its paragraph, when no cue of
// that quotation's own takes it. The speaker is noted here; the quotation is given it once every
// cue has been read (rules::standalone_quotes, through article_context::speaker_alone_before).
#include "attribute/clauses.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

bool quote_after_sentence(cue_site& site, report_list&) {
    auto const& sv = site.sentence;
    // (a subject found right before its cue: not one shared with a verb before, "The union
    // won't sue but plans to …")
    auto const rule = site.speaker->rule;
    if (site.speaker->place != speaker_place::subject ||
        (rule != "subject-before-cue" && rule != "subject-before-time" && rule != "subject-before-parenthetical"))
        return false;
    // (the speaker opens the sentence, nothing but an adverbial follows the cue, and no quotation
    // stands in the sentence: "Anna Berg agreed.")
    auto const& sp = site.speaker->phrase;
    if (sv.back_over_blank(sp.first()) != sv.begin() || sp.end > site.cue.begin || !clause_done(sv, site.after)) return false;
    // (the cue ends the speaker's clause: no clause reported before it, "…, dos Santos says.")
    for (std::size_t p = sp.end; p < site.cue.begin; ++p)
        if (sv.text()[p] == ',') return false;
    if (!sv.article().top_in(sv.sentence()).empty()) return false;
    sv.article().note_speaker_alone({sv.end(), sv.paragraph(), site.speaker->phrase, site.cue, site.speaker->rule});
    return false;
}

} // namespace verbatim::attribute::rules
