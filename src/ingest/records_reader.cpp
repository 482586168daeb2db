// ingest/records_reader.cpp — quotation records (the JSONL that `verbatim quotes -f jsonl`
// writes) read back as documents with their quotations, for the tracker to run on record files
// from many shards. Each document gets a stand-in text: its contents one after another, with
// the quotations' spans pointing into it.
#include <simdjson.h>

#include <fstream>
#include <iostream>

#include "ingest/ingest_sinks.hpp"
#include "ingest/line_reader.hpp"
#include "text/utf8.hpp"
#include "verbatim/ingest.hpp"

namespace verbatim {
namespace {

std::string string_at(simdjson::dom::element const& e, std::string_view key) {
    std::string_view s;
    if (e[key].get(s) == simdjson::SUCCESS) return std::string(s);
    return {};
}

} // namespace

ingest_stats read_quotation_records(std::vector<std::string> const& paths, record_sink const& on_document,
                                    diagnostic_sink const& on_diagnostic) {
    ingest_stats stats;
    document doc;
    std::vector<quotation> quotes;
    std::vector<figure_record> figures;
    bool open = false;
    auto flush = [&] {
        if (!open) return;
        ++stats.documents;
        on_document(std::move(doc), std::move(quotes), std::move(figures));
        doc = document{};
        quotes.clear();
        figures.clear();
        open = false;
    };
    simdjson::dom::parser parser;
    for (auto const& path : paths) {
        std::ifstream file;
        std::istream* in = &std::cin;
        if (path != "-") {
            file.open(path, std::ios::binary);
            if (!file) {
                ++stats.errors;
                on_diagnostic({path, 0, severity::error, "cannot read the file"});
                continue;
            }
            in = &file;
        }
        ++stats.files;
        ingest::line_reader lines{*in, ingest::max_record_bytes};
        std::string line;
        while (lines.next(line)) {
            auto report = [&](std::string message) {
                ++stats.errors;
                on_diagnostic({path, lines.line_number(), severity::error, std::move(message)});
            };
            if (lines.too_long()) {
                report("line too long; skipped");
                continue;
            }
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            text::repair_utf8(line);
            line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
            simdjson::dom::element r;
            if (parser.parse(line.data(), line.size(), false).get(r) != simdjson::SUCCESS || !r.is_object()) {
                report("not a quotation record (invalid JSON); line skipped");
                continue;
            }
            auto id = string_at(r, "doc");
            std::string_view content, sentence;
            bool const figure = r["figure"]["text"].get(sentence) == simdjson::SUCCESS;
            if (id.empty() || (!figure && r["content"]["text"].get(content) != simdjson::SUCCESS)) {
                report("not a quotation or figure record (no \"doc\", \"content\".\"text\" or \"figure\".\"text\"); line skipped");
                continue;
            }
            if (!open || id != doc.id) {
                flush();
                doc.id = id;
                doc.date = string_at(r, "date");
                doc.title = string_at(r, "title");
                doc.url = string_at(r, "url");
                doc.origin = path;
                doc.line = lines.line_number();
                open = true;
            }
            if (figure) {
                figure_record f;
                f.sentence.begin = doc.text.size();
                doc.text.append(sentence);
                f.sentence.end = doc.text.size();
                doc.text += "\n\n";
                std::string_view measured;
                if (r["figure"]["measured"].get(measured) == simdjson::SUCCESS) f.measured = measured;
                figures.push_back(std::move(f));
                stats.bytes += line.size() + 1;
                continue;
            }
            quotation q;
            q.kind = parse_quote_kind(string_at(r, "kind"));
            std::size_t begin = doc.text.size();
            doc.text.append(content);
            q.spans.push_back({begin, doc.text.size()});
            if (q.kind == quote_kind::direct) q.quoted = q.spans;
            doc.text += "\n\n";
            stats.bytes += line.size() + 1;
            simdjson::dom::element cue;
            if (r["cue"].get(cue) == simdjson::SUCCESS && cue.is_object()) {
                auto text = string_at(cue, "text");
                q.cue = speech_cue{{begin, begin}, text, meaning_of_cue(text)}; // (records do not carry its meaning)
            }
            simdjson::dom::element sp;
            if (r["speaker"].get(sp) == simdjson::SUCCESS && sp.is_object()) {
                speaker_mention m;
                m.text = string_at(sp, "text");
                m.name = string_at(sp, "name");
                m.role = string_at(sp, "role");
                m.entity = string_at(sp, "entity");
                m.kind = parse_speaker_kind(string_at(sp, "kind"));
                m.mention = parse_mention_kind(string_at(sp, "mention"));
                m.span = {begin, begin};
                q.speaker = std::move(m);
            }
            if (double c = 0; r["confidence"].get(c) == simdjson::SUCCESS) q.confidence = c;
            // (the one rule a claim reads: a transcript's turn is one voice of a conversation)
            if (std::string_view rule; r["rule"].get(rule) == simdjson::SUCCESS && rule == transcript_rule) q.rule = transcript_rule;
            quotes.push_back(std::move(q));
        }
        if (lines.read_failed()) {
            ++stats.errors;
            on_diagnostic({path, lines.line_number(), severity::error, "read error; rest of file skipped"});
        }
    }
    flush();
    return stats;
}

} // namespace verbatim
