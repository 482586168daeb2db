// Quote writers: JSONL and CSV records for programs, per-speaker lists (text, Markdown) for people.
#include <algorithm>
#include <map>
#include <ostream>

#include <fmt/format.h>

#include "report/json.hpp"
#include "verbatim/output.hpp"

namespace verbatim {
namespace {

/// Byte -> code point offsets for one document: a checkpoint every 256 bytes keeps lookups short
/// and memory small however long the article.
class codepoint_index {
public:
    explicit codepoint_index(std::string_view text) : text_(text) {
        std::size_t count = 0;
        checkpoints_.reserve(text.size() / step + 1);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (i % step == 0) checkpoints_.push_back(count);
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
        }
    }
    std::size_t operator()(std::size_t byte) const {
        byte = std::min(byte, text_.size());
        std::size_t block = byte / step;
        if (block >= checkpoints_.size()) return count_from(0, 0, byte);
        return count_from(block * step, checkpoints_[block], byte);
    }

private:
    std::size_t count_from(std::size_t from, std::size_t count, std::size_t byte) const {
        for (std::size_t i = from; i < byte; ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
        return count;
    }
    static constexpr std::size_t step = 256;
    std::string_view text_;
    std::vector<std::size_t> checkpoints_;
};

std::string span_json(codepoint_index const& cp, text_span s) { return fmt::format("[{}, {}]", cp(s.begin), cp(s.end)); }

std::string spans_json(codepoint_index const& cp, std::vector<text_span> const& spans) {
    std::string out = "[";
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (i) out += ", ";
        out += span_json(cp, spans[i]);
    }
    return out + "]";
}

/// The content as a reader sees it: direct quotes inside quote marks.
std::string display_text(document const& doc, quotation const& q) {
    std::string text = content_text(doc, q);
    for (auto& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (q.kind == quote_kind::direct) return "\xE2\x80\x9C" + text + "\xE2\x80\x9D";
    return text;
}

class jsonl_writer final : public quote_writer {
public:
    explicit jsonl_writer(std::ostream& out) : out_(out) {}
    void add(document const& doc, std::vector<quotation> const& quotes) override {
        if (quotes.empty()) return;
        codepoint_index cp(doc.text);
        for (auto const& q : quotes) {
            std::string line = fmt::format(R"({{"doc": {}, "date": {}, "kind": "{}", "content": {{"text": {}, "spans": {}, "quoted": {}}}, "cue": )",
                                           json_string(doc.id), doc.date.empty() ? std::string("null") : json_string(doc.date),
                                           to_string(q.kind), json_string(content_text(doc, q)), spans_json(cp, q.spans),
                                           spans_json(cp, q.quoted));
            if (q.cue) line += fmt::format(R"({{"text": {}, "span": {}}})", json_string(q.cue->text), span_json(cp, q.cue->span));
            else line += "null";
            line += ", \"speaker\": ";
            if (q.speaker)
                line += fmt::format(R"({{"text": {}, "span": {}, "name": {}, "kind": "{}"}})", json_string(q.speaker->text),
                                    span_json(cp, q.speaker->span), json_string(q.speaker->name), to_string(q.speaker->kind));
            else line += "null";
            line += "}\n";
            out_ << line;
        }
    }
    void finish() override { out_.flush(); }

private:
    std::ostream& out_;
};

std::string csv_field(std::string_view s) {
    bool quote = s.find_first_of(",\"\n\r") != std::string_view::npos;
    if (!quote) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

class csv_writer final : public quote_writer {
public:
    explicit csv_writer(std::ostream& out) : out_(out) {
        out_ << "doc,date,kind,speaker,speaker_kind,role,mention,cue,content,begin,end\n";
    }
    void add(document const& doc, std::vector<quotation> const& quotes) override {
        if (quotes.empty()) return;
        codepoint_index cp(doc.text);
        for (auto const& q : quotes) {
            std::string const none;
            out_ << fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", csv_field(doc.id), csv_field(doc.date), to_string(q.kind),
                                csv_field(q.speaker ? q.speaker->name : none),
                                q.speaker ? to_string(q.speaker->kind) : std::string_view{}, csv_field(q.speaker ? q.speaker->role : none),
                                csv_field(q.speaker ? q.speaker->text : none), csv_field(q.cue ? q.cue->text : none),
                                csv_field(content_text(doc, q)), cp(q.spans.front().begin), cp(q.spans.back().end));
        }
    }
    void finish() override { out_.flush(); }

private:
    std::ostream& out_;
};

/// Per-speaker lists: quotations are kept (not documents) until the end, grouped by speaker.
class speaker_list_writer final : public quote_writer {
public:
    speaker_list_writer(std::ostream& out, bool markdown) : out_(out), markdown_(markdown) {}

    void add(document const& doc, std::vector<quotation> const& quotes) override {
        for (auto const& q : quotes) {
            std::string key = q.speaker ? q.speaker->name : std::string();
            auto& s = speakers_[key];
            if (q.speaker) {
                s.name = q.speaker->name;
                s.kind = q.speaker->kind;
                if (!q.speaker->role.empty()) ++s.roles[q.speaker->role];
            }
            s.items.push_back({doc.date, doc.id, doc.title, q.spans.front().begin, q.kind, display_text(doc, q)});
        }
    }

    void finish() override {
        std::vector<speaker*> order;
        for (auto& [key, s] : speakers_)
            if (!key.empty()) order.push_back(&s);
        std::stable_sort(order.begin(), order.end(), [](speaker const* a, speaker const* b) { return a->items.size() > b->items.size(); });
        if (auto it = speakers_.find(""); it != speakers_.end()) {
            it->second.name = "(no speaker found)";
            order.push_back(&it->second);
        }
        if (markdown_) out_ << "# Quotations by speaker\n\n";
        for (auto* s : order) print(*s);
        out_.flush();
    }

private:
    struct item {
        std::string date, doc, title;
        std::size_t at;
        quote_kind kind;
        std::string text;
    };
    struct speaker {
        std::string name;
        speaker_kind kind = speaker_kind::unknown;
        std::map<std::string, std::size_t> roles;
        std::vector<item> items;
    };

    void print(speaker& s) {
        std::sort(s.items.begin(), s.items.end(), [](item const& a, item const& b) {
            return std::tie(a.date, a.doc, a.at) < std::tie(b.date, b.doc, b.at);
        });
        std::string role;
        std::size_t best = 0;
        for (auto const& [r, n] : s.roles)
            if (n > best) best = n, role = r;
        std::string head = s.name;
        if (s.kind != speaker_kind::unknown || !role.empty())
            head += fmt::format(" ({}{}{})", s.items.empty() || s.name == "(no speaker found)" ? "" : to_string(s.kind),
                                role.empty() ? "" : ", ", role);
        auto count = fmt::format("{} quotation{}", s.items.size(), s.items.size() == 1 ? "" : "s");
        if (markdown_) {
            out_ << fmt::format("## {} — {}\n\n", head, count);
            for (auto const& it : s.items)
                out_ << fmt::format("- {} · {}`{}` · *{}* · {}\n", it.date.empty() ? "(no date)" : it.date,
                                    it.title.empty() ? "" : fmt::format("{} ", it.title), it.doc, to_string(it.kind), it.text);
            out_ << '\n';
        } else {
            out_ << fmt::format("{} — {}\n", head, count);
            for (auto const& it : s.items)
                out_ << fmt::format("  {:<10}  {}{}  [{}]\n      {}\n", it.date.empty() ? "(no date)" : it.date,
                                    it.title.empty() ? "" : fmt::format("{} \xC2\xB7 ", it.title), it.doc, to_string(it.kind), it.text);
            out_ << '\n';
        }
    }

    std::ostream& out_;
    bool markdown_;
    std::map<std::string, speaker> speakers_;
};

} // namespace

std::optional<output_format> parse_output_format(std::string_view name) {
    if (name == "text") return output_format::text;
    if (name == "jsonl") return output_format::jsonl;
    if (name == "csv") return output_format::csv;
    if (name == "md") return output_format::md;
    return std::nullopt;
}

std::unique_ptr<quote_writer> make_quote_writer(output_format format, std::ostream& out) {
    switch (format) {
    case output_format::jsonl: return std::make_unique<jsonl_writer>(out);
    case output_format::csv: return std::make_unique<csv_writer>(out);
    case output_format::md: return std::make_unique<speaker_list_writer>(out, true);
    case output_format::text: break;
    }
    return std::make_unique<speaker_list_writer>(out, false);
}

std::size_t codepoint_offset(std::string_view text, std::size_t byte) { return codepoint_index(text)(byte); }

} // namespace verbatim
