// Every input a fuzzer once crashed on (tests/fuzz/regressions/) is read and extracted again:
// each must go through without a crash or a sanitizer report.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/readers.hpp"
#include "verbatim/quotation.hpp"

TEST_CASE("fuzz regressions: every saved crashing input now reads and extracts") {
    namespace fs = std::filesystem;
    fs::path dir = fs::path(VERBATIM_SOURCE_DIR) / "tests" / "fuzz" / "regressions";
    std::size_t inputs = 0;
    for (auto const& entry : fs::directory_iterator(dir)) {
        std::ifstream file(entry.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << file.rdbuf();
        std::string data = bytes.str();
        if (data.empty()) continue;
        ++inputs;
        // As fuzz_readers does: the first byte picks the reader.
        std::istringstream in(data.substr(1));
        std::size_t documents = 0;
        verbatim::document_sink const on_document = [&](verbatim::document&& doc) {
            ++documents;
            auto quotes = verbatim::extract_quotations(doc);
            for (auto const& q : quotes) CHECK_FALSE(q.spans.empty());
        };
        verbatim::diagnostic_sink const on_diagnostic = [](verbatim::diagnostic const&) {};
        verbatim::ingest::ingest_sinks sinks(on_document, on_diagnostic);
        switch (static_cast<unsigned char>(data[0]) % 3) {
        case 0: verbatim::ingest::read_jsonl(in, {"r.jsonl", "r"}, sinks); break;
        case 1: verbatim::ingest::read_csv(in, {"r.csv", "r"}, sinks); break;
        default: verbatim::ingest::read_txt(in, {"r.txt", "r"}, sinks); break;
        }
        CHECK(sinks.stats().documents == documents);
    }
    CHECK(inputs >= 1);
}
