// verbatim/report.hpp — writes what the claim tracker found for people and programs: the
// claim-change report (Markdown, one HTML page, JSON) and the judgements of compared pairs
// (JSONL). The tracker itself knows no output format.
//
//   auto report = tracker.finish(directory);
//   verbatim::write_claim_report("md", std::cout, report);
//   verbatim::write_pair_judgement(std::cout, pair, verbatim::compare_claims(a, b));
#pragma once

#include <iosfwd>
#include <string_view>

#include "verbatim/claims.hpp"
#include "verbatim/ingest.hpp"
#include "verbatim/tracker.hpp"

namespace verbatim {

/// Writes the claim-change report: `md` (Markdown), `html` (one self-contained page) or `json`.
/// Returns false for an unknown format.
bool write_claim_report(std::string_view format, std::ostream& out, claim_report const& report);

/// Writes one JSON line for a compared pair: the pair's other columns (`dataset`, `id`, ...),
/// then `relation`, `rule`, `similarity` and `reasons`.
void write_pair_judgement(std::ostream& out, claim_pair const& pair, judgement const& j);

} // namespace verbatim
