// verbatim/report.hpp — writes what the claim tracker found for people and programs: the
// claim-change report (Markdown, one HTML page, JSON) and the judgements of compared pairs
// (JSONL). The tracker itself knows no output format.
//
//   auto report = tracker.finish(directory);
//   verbatim::write_claim_report("md", std::cout, report);
//   verbatim::write_pair_judgement(std::cout, pair, verbatim::compare_claims(a, b));
#pragma once

#include <iosfwd>
#include <memory>
#include <vector>
#include <string_view>

#include "verbatim/claims.hpp"
#include "verbatim/ingest.hpp"
#include "verbatim/speakers.hpp"
#include "verbatim/tracker.hpp"

namespace verbatim {

/// Writes the claim-change report: `md` (Markdown), `html` (one self-contained page), `json`, or
/// `csv` (one row per flagged pair: changes, disagreements, steps of numbers that moved).
/// Returns false for an unknown format.
bool write_claim_report(std::string_view format, std::ostream& out, claim_report const& report);

/// The explorer: one self-contained HTML page (no network, nothing to install) holding the
/// quotations of a corpus and its claim-change report, with a search box and filters that run in
/// the browser. Add each article's quotations (after the directory has seen them), then write.
class explorer {
public:
    explicit explorer(speaker_directory const& directory);
    ~explorer();
    explorer(explorer const&) = delete;
    explorer& operator=(explorer const&) = delete;
    void add(document const& doc, std::vector<quotation> const& quotes);
    /// The page: the speakers merged through the directory, the report's changes, disagreements,
    /// numbers that moved and topic timelines first, then the quotations.
    void write(std::ostream& out, claim_report const& report);

private:
    struct state;
    std::unique_ptr<state> state_;
};

/// Writes one JSON line for a compared pair: the pair's other columns (`dataset`, `id`, ...),
/// then `relation`, `rule`, `similarity` and `reasons`.
void write_pair_judgement(std::ostream& out, claim_pair const& pair, judgement const& j);

} // namespace verbatim
