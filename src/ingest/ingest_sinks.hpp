// ingest/ingest_sinks.hpp — the one place where readers hand over documents and report
// problems; it repairs UTF-8 on the way and keeps the counts of `ingest_stats`.
//
//   ingest::ingest_sinks sinks{on_document, on_diagnostic};
//   sinks.report("a.csv", 12, severity::error, "row has 3 fields, the header has 4; row skipped");
//   sinks.hand_over(std::move(doc)); // repairs UTF-8, warns once, passes the document on
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "verbatim/document.hpp"
#include "verbatim/ingest.hpp"

namespace verbatim::ingest {

/// Largest record (a `.txt` file, a JSONL line, a CSV row) that is read into memory; larger
/// ones are reported and skipped, so memory stays bounded whatever the input.
inline constexpr std::size_t max_record_bytes = std::size_t{256} << 20U;
inline constexpr std::string_view max_record_size_text = "256 MiB";

/// Passes documents and diagnostics on to the caller's sinks and counts them.
class ingest_sinks {
public:
    ingest_sinks(document_sink const& on_document, diagnostic_sink const& on_diagnostic)
        : on_document_(on_document), on_diagnostic_(on_diagnostic) {}

    /// Reports one problem with the input and counts it by severity.
    void report(std::string file, std::size_t line, severity level, std::string message, std::string kind = {});

    /// Repairs invalid UTF-8 in the text and metadata (one warning per document, counting
    /// also `bytes_replaced_before`, bytes a reader already replaced in the raw record) and
    /// passes the document on.
    void hand_over(document&& doc, std::size_t bytes_replaced_before = 0);

    void count_file() noexcept { ++stats_.files; }
    void count_bytes(std::size_t n) noexcept { stats_.bytes += n; }
    [[nodiscard]] ingest_stats const& stats() const noexcept { return stats_; }

private:
    document_sink const& on_document_;
    diagnostic_sink const& on_diagnostic_;
    ingest_stats stats_;
};

/// `YYYY-MM-DD` when `field` (leading/trailing blanks aside) starts with an ISO date, as in
/// `2019-01-04` or `2019-01-04T10:00:00Z`; nothing otherwise.
std::optional<std::string> iso_date(std::string_view field);

/// Sets `doc.date` from a record's date field: empty fields leave it empty silently, fields that
/// are not ISO dates leave it empty with a warning.
void set_date(document& doc, std::string_view field, ingest_sinks& sinks);

} // namespace verbatim::ingest
