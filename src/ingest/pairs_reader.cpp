// ingest/pairs_reader.cpp — claim pairs from a TSV file with a header row naming `text_a` and
// `text_b` (other columns are carried along). Quoting as spreadsheets and Python's csv write it.
#include <fstream>
#include <iostream>
#include <optional>

#include "ingest/csv_records.hpp"
#include "ingest/ingest_sinks.hpp"
#include "text/utf8.hpp"
#include "verbatim/ingest.hpp"

namespace verbatim {

ingest_stats read_claim_pairs(std::string const& path, claim_pair_sink const& on_pair, diagnostic_sink const& on_diagnostic) {
    ingest_stats stats;
    auto report = [&](std::size_t line, std::string message) {
        ++stats.errors;
        on_diagnostic(diagnostic{path, line, severity::error, std::move(message)});
    };
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
            report(0, "cannot open the file");
            return stats;
        }
        in = &file;
    }
    ++stats.files;
    ingest::csv_record_reader rows{*in, ingest::max_record_bytes, '\t'};
    ingest::csv_record row;
    auto broken = [&](ingest::csv_result r) {
        if (r == ingest::csv_result::too_large) report(row.line, "row larger than the limit; skipped");
        else if (r == ingest::csv_result::unterminated) report(row.line, "quoted field never closed; rest of file skipped");
        else return false;
        return true;
    };
    auto r = rows.next(row);
    while (r != ingest::csv_result::end && broken(r)) r = rows.next(row);
    if (r == ingest::csv_result::end) {
        report(0, "empty file: no header row");
        return stats;
    }
    std::vector<std::string> header = row.fields;
    for (auto& h : header) text::repair_utf8(h);
    std::optional<std::size_t> ca, cb;
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == "text_a") ca = i;
        if (header[i] == "text_b") cb = i;
    }
    if (!ca || !cb) {
        report(row.line, "the header row names no text_a and text_b columns; file skipped");
        return stats;
    }
    while ((r = rows.next(row)) != ingest::csv_result::end) {
        if (broken(r)) continue;
        if (row.fields.size() != header.size()) {
            report(row.line, "row has " + std::to_string(row.fields.size()) + " fields, the header has " +
                                 std::to_string(header.size()) + "; row skipped");
            continue;
        }
        claim_pair p;
        p.line = row.line;
        for (std::size_t i = 0; i < header.size(); ++i) {
            text::repair_utf8(row.fields[i]);
            if (i == *ca) p.text_a = std::move(row.fields[i]);
            else if (i == *cb) p.text_b = std::move(row.fields[i]);
            else p.columns.emplace_back(header[i], std::move(row.fields[i]));
        }
        ++stats.documents;
        on_pair(std::move(p));
    }
    stats.bytes = rows.bytes_read();
    if (rows.read_failed()) report(row.line, "read error; rest of file skipped");
    return stats;
}

} // namespace verbatim
