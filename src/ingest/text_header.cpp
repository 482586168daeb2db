// read_text_header: metadata lines and dateline at the head of a .txt article (grammars/header).
#include "language.hpp"
#include "verbatim/ingest.hpp"

namespace verbatim {

void read_text_header(document& doc) {
    auto h = grammars::parse_text_header(doc.text);
    if (!h.date.empty()) doc.date = h.date;
    if (!h.title.empty()) doc.title = h.title;
    if (!h.source.empty()) doc.source = h.source;
    if (!h.url.empty()) doc.url = h.url;
    doc.body_begin = h.body_begin;
}

} // namespace verbatim
