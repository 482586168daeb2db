// libFuzzer target: any bytes as a .jsonl, .csv or .txt input (the first byte picks which),
// through the streaming readers and then extraction of every document they hand over.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "ingest/readers.hpp"
#include "verbatim/quotation.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    if (size == 0) return 0;
    std::string bytes(reinterpret_cast<char const*>(data + 1), size - 1);
    std::istringstream in(bytes);
    // ingest_sinks keeps references: the sinks must outlive it.
    verbatim::document_sink const on_document = [](verbatim::document&& doc) { (void)verbatim::extract_quotations(doc); };
    verbatim::diagnostic_sink const on_diagnostic = [](verbatim::diagnostic const&) {};
    verbatim::ingest::ingest_sinks sinks(on_document, on_diagnostic);
    switch (data[0] % 3) {
    case 0: verbatim::ingest::read_jsonl(in, {"fuzz.jsonl", "fuzz"}, sinks); break;
    case 1: verbatim::ingest::read_csv(in, {"fuzz.csv", "fuzz"}, sinks); break;
    default: verbatim::ingest::read_txt(in, {"fuzz.txt", "fuzz"}, sinks); break;
    }
    return 0;
}
