#include <algorithm>
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/readers.hpp"
#include "text/utf8.hpp"

namespace verbatim::ingest {

namespace {

constexpr std::size_t binary_sample_bytes = 8192;

// Text may hold a stray control character or two, and a Latin-1 file a few bytes that are no
// UTF-8; a file whose head is more than a tenth NUL or control bytes, or more than a fifth bytes
// of no UTF-8 sequence, is an image, an archive or a word-processor file, not an article.
bool looks_binary(std::string_view head) {
    auto const control = std::count_if(head.begin(), head.end(), [](char ch) {
        auto const c = static_cast<unsigned char>(ch);
        return (c < 0x20U && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7FU;
    });
    if (static_cast<std::size_t>(control) * 10 > head.size()) return true;
    std::size_t invalid = 0;
    for (std::size_t pos = 0; pos < head.size();) {
        std::size_t const n = text::utf8_sequence_length(head, pos);
        // A sequence cut by the end of the sample is not counted against the file.
        if (n == 0 && head.size() - pos >= 4) ++invalid;
        pos += n == 0 ? 1 : n;
    }
    return head.size() >= 512 && invalid * 5 > head.size(); // a line or two with bad bytes is still text
}

} // namespace

void read_txt(std::istream& in, input_name const& name, ingest_sinks& sinks) {
    document doc;
    doc.origin = name.origin;
    doc.id = name.id_stem;
    doc.line = 1;

    std::vector<char> chunk(std::size_t{1} << 16U);
    while (in.good()) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        auto const n = static_cast<std::size_t>(in.gcount());
        sinks.count_bytes(n);
        if (doc.text.size() + n > max_record_bytes) {
            sinks.report(name.origin, 0, severity::error,
                         "file larger than " + std::string{max_record_size_text} + ", skipped");
            return;
        }
        doc.text.append(chunk.data(), n);
    }
    if (in.bad()) {
        sinks.report(name.origin, 0, severity::error, "read error, file skipped");
        return;
    }
    if (doc.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
        sinks.report(name.origin, 0, severity::warning, doc.text.empty() ? "empty file, skipped" : "blank file, skipped");
        return;
    }
    if (looks_binary(std::string_view{doc.text}.substr(0, binary_sample_bytes))) {
        sinks.report(name.origin, 0, severity::error, "binary file, skipped");
        return;
    }
    // Repair before the header is read so that the header grammar sees valid UTF-8 only;
    // hand_over then finds nothing left to repair in the text.
    std::size_t const replaced = text::repair_utf8(doc.text);
    read_text_header(doc);
    sinks.hand_over(std::move(doc), replaced);
}

} // namespace verbatim::ingest
