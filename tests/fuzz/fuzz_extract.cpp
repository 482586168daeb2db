// libFuzzer target: any bytes as an article (after the UTF-8 repair ingest does), through the
// whole pipeline — layout, grammars, attribution, resolution, entity directory and both writers.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "text/utf8.hpp"
#include "verbatim/ingest.hpp"
#include "verbatim/output.hpp"
#include "verbatim/quotation.hpp"
#include "verbatim/speakers.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    verbatim::document doc;
    doc.id = "fuzz";
    doc.origin = "fuzz.txt";
    doc.text.assign(reinterpret_cast<char const*>(data), size);
    verbatim::text::repair_utf8(doc.text);
    verbatim::read_text_header(doc);
    std::vector<verbatim::diagnostic> notes;
    auto quotes = verbatim::extract_quotations(doc, &notes);
    verbatim::speaker_directory directory;
    directory.add(doc, quotes);
    std::ostringstream out;
    for (auto format : {verbatim::output_format::jsonl, verbatim::output_format::text}) {
        auto writer = verbatim::make_quote_writer(format, out, directory);
        writer->add(doc, quotes);
        writer->finish();
    }
    verbatim::write_speakers(verbatim::output_format::jsonl, out, directory.entities(true));
    // Offsets must stay inside the text, ordered.
    for (auto const& q : quotes)
        for (auto const& s : q.spans)
            if (s.begin > s.end || s.end > doc.text.size()) __builtin_trap();
    return 0;
}
