// attribute/cue_meaning.hpp — what a cue of the word lists says of what it reports, as the
// quotation carries it (resolution for the quotations found, the records reader for those read back).
#pragma once

#include "language.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim::attribute {

/// A cue's meaning: whether it denies or takes a side, and its class — denial first, then a
/// question, a report (`according to`, a study that `found`, `reported`, `confirmed`), a belief (an intention when the
/// verb takes only a to-infinitive: "wants to"), an intention among the speech verbs ("vowed
/// to", "promised"), else speech.
inline cue_meaning meaning_of(grammars::cue_match const& m) {
    cue_meaning out{m.denial, m.stance, cue_class::speech};
    if (m.denial) out.kind = cue_class::denial;
    else if (m.question) out.kind = cue_class::question;
    else if (m.kind == grammars::cue_class::according_to || m.source_only || m.report) out.kind = cue_class::report;
    else if (m.kind == grammars::cue_class::belief) out.kind = m.infinitive && !m.bare_clause ? cue_class::intention : cue_class::belief;
    else if (m.infinitive) out.kind = cue_class::intention;
    return out;
}

} // namespace verbatim::attribute
