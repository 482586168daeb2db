// attribute/rules/after_cue.hpp — what the cue rules share: a new report of the cue and its
// speaker, whether what stands before the subject may be reported, and where the words after the
// cue begin (each place read once per cue, as the rules ask for it).
#pragma once

#include "attribute/context.hpp"

namespace verbatim::attribute::rules {

/// A report of the site's cue and speaker, in the sentence's paragraph, with no content yet.
attribution new_report(cue_site const& site);
/// Keeps quotation `qi` (with the paragraphs that continue it) as the cue's direct report.
void keep_quote(cue_site const& site, report_list& reports, std::size_t qi);

/// Whether the cue may report what stands before its subject: not a participle cue (", adding
/// …" introduces what follows it), nor a verb that reports only what it is about ("Earlier, Berg
/// spoke …": about, as, to).
bool reports_what_stands_before(cue_site const& site);

/// What stands before the subject: whether it may be what the cue reports (the subject set off
/// after it, the clause done after the cue, and no quotation after the cue that is what was
/// said), and the quotation that closes right before the subject when it opens that clause (or
/// follows a colon: "X scolded him: “…,” she said").
cue_site::what_precedes const& precedes_subject(cue_site& site);

/// Where a quotation the cue introduces would open: past the speaker and hearer, a time phrase
/// and its comma ("adding later, “…”"), a few words up to a colon before a quote ("tweeted
/// Monday: “…”"), and the colon or comma itself; step 1 of cue_site::what_follows.
cue_site::what_follows const& follows_quote(cue_site& site);
/// Steps 1 and 2: past a time phrase ("said on Monday the …").
cue_site::what_follows const& follows_object(cue_site& site);
/// Steps 1 to 3: past where it was said, when "that" or a quote comes after it ("said in a
/// statement (on Monday) (,) that …").
cue_site::what_follows const& follows_clause(cue_site& site);
/// Steps 1 to 4: past "that" ("said that …"), or at a question word ("wondered why …", "asked
/// him whether …"), or past a short object or hearer before "that" ("repeated his oft-stated
/// belief that …").
cue_site::what_follows const& follows_that(cue_site& site);

} // namespace verbatim::attribute::rules
