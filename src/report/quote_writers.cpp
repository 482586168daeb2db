// Quote writers: JSONL and CSV records for programs, per-speaker lists (text, Markdown) for people.
#include <algorithm>
#include <charconv>
#include <iterator>
#include <map>
#include <ostream>

#include <fmt/format.h>

#include "report/codepoints.hpp"
#include "report/csv.hpp"
#include "report/display.hpp"
#include "report/json.hpp"
#include "verbatim/claims.hpp"
#include "verbatim/output.hpp"
#include "verbatim/speakers.hpp"

namespace verbatim {
namespace {


/// Appends "[begin, end]" in code points.
void append_span(std::string& out, codepoint_index const& cp, text_span s) {
    // (a 64-bit number takes at most 20 digits: each to_chars gets a range that holds it)
    char buf[48];
    buf[0] = '[';
    char* p = std::to_chars(buf + 1, buf + 22, cp(s.begin)).ptr;
    *p++ = ',';
    *p++ = ' ';
    p = std::to_chars(p, p + 21, cp(s.end)).ptr;
    *p++ = ']';
    out.append(buf, static_cast<std::size_t>(p - buf));
}

void append_spans(std::string& out, codepoint_index const& cp, std::vector<text_span> const& spans) {
    out += '[';
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (i) out += ", ";
        append_span(out, cp, spans[i]);
    }
    out += ']';
}

/// The head every record of an article opens with: `{"doc": …, "date": …, "title": …, "url": …`
/// (null where the article has none).
void append_record_head(std::string& line, document const& doc) {
    line += R"({"doc": )";
    append_json_string(line, doc.id);
    line += R"(, "date": )";
    append_json_string_or_null(line, doc.date);
    line += R"(, "title": )";
    append_json_string_or_null(line, doc.title);
    line += R"(, "url": )";
    append_json_string_or_null(line, doc.url);
}

class jsonl_writer final : public quote_writer {
public:
    jsonl_writer(std::ostream& out, bool with_figures) : out_(out), with_figures_(with_figures) {}
    void add(document const& doc, std::vector<quotation> const& quotes) override {
        auto const figures = with_figures_ ? figure_sentences(doc, quotes) : std::vector<figure_sentence>{};
        if (quotes.empty() && figures.empty()) return;
        codepoint_index cp(doc.text);
        std::string& line = line_; // one buffer for every record (its capacity kept)
        // Figures stand among the quotations in text order (a quotation first where both begin
        // at one place): records read back give the claims in the order the articles give them.
        std::size_t next_figure = 0;
        auto figures_before = [&](std::size_t at) {
            for (; next_figure < figures.size() && figures[next_figure].sentence.begin < at; ++next_figure)
                write_figure(doc, cp, figures[next_figure]);
        };
        for (auto const& q : quotes) {
            figures_before(q.spans.empty() ? 0 : q.spans.front().begin);
            line.clear();
            append_record_head(line, doc);
            line += R"(, "kind": ")";
            line += to_string(q.kind);
            line += R"(", "content": {"text": )";
            line += '"'; // (content_text, written straight into the line)
            bool started = false;
            for (auto const& span : q.spans) {
                if (started) line += " \xE2\x80\xA6 ";
                append_json_chars(line, std::string_view(doc.text).substr(span.begin, span.end - span.begin));
                started = started || span.end > span.begin;
            }
            line += '"';
            line += R"(, "spans": )";
            append_spans(line, cp, q.spans);
            line += R"(, "quoted": )";
            append_spans(line, cp, q.quoted);
            // {"text": …, "span": [b, e] — the cue's and the speaker's words as written
            auto text_and_span = [&](std::string_view text, text_span span) {
                line += R"({"text": )";
                append_json_string(line, text);
                line += R"(, "span": )";
                append_span(line, cp, span);
            };
            line += R"(}, "cue": )";
            if (q.cue) {
                text_and_span(q.cue->text, q.cue->span);
                line += R"(, "class": ")";
                line += to_string(q.cue->meaning.kind);
                line += R"("})";
            } else {
                line += "null";
            }
            line += R"(, "speaker": )";
            if (q.speaker) {
                text_and_span(q.speaker->text, q.speaker->span);
                line += R"(, "name": )";
                append_json_string(line, q.speaker->name);
                line += R"(, "kind": ")";
                line += to_string(q.speaker->kind);
                line += R"(", "mention": ")";
                line += to_string(q.speaker->mention);
                line += R"(", "entity": )";
                append_json_string(line, q.speaker->entity);
                line += R"(, "role": )";
                append_json_string_or_null(line, q.speaker->role);
                line += '}';
            } else {
                line += "null";
            }
            line += R"(, "rule": )";
            append_json_string(line, q.rule);
            line += R"(, "speaker_rule": )";
            append_json_string_or_null(line, q.speaker_rule);
            line += R"(, "confidence": )";
            line += q.confidence ? fmt::format("{:.2f}", *q.confidence) : std::string("null");
            line += R"(, "amended_by": [)";
            for (std::size_t i = 0; i < q.amended_by.size(); ++i) {
                if (i) line += ", ";
                append_json_string(line, q.amended_by[i]);
            }
            line += "]}\n";
            out_ << line;
        }
        figures_before(static_cast<std::size_t>(-1));
    }
    void finish() override { out_.flush(); }

private:
    /// {"doc": …, "date": …, "figure": {"text": the sentence, "span": [b, e], "measured": the
    /// sentence as its numbers were read, when it differs}}
    void write_figure(document const& doc, codepoint_index const& cp, figure_sentence const& f) {
        std::string& line = line_;
        line.clear();
        append_record_head(line, doc);
        line += R"(, "figure": {"text": )";
        append_json_string(line, std::string_view(doc.text).substr(f.sentence.begin, f.sentence.end - f.sentence.begin));
        line += R"(, "span": )";
        append_span(line, cp, f.sentence);
        if (!f.measured.empty()) {
            line += R"(, "measured": )";
            append_json_string(line, f.measured);
        }
        line += "}}\n";
        out_ << line;
    }

    std::ostream& out_;
    bool with_figures_;
    std::string line_;
};

/// What a reader of one article needs to see why each quotation was found as it was: in text
/// order, the quotation, its speaker and cue as written, and the rules behind them.
class explain_writer final : public quote_writer {
public:
    explicit explain_writer(std::ostream& out) : out_(out) {}
    void add(document const& doc, std::vector<quotation> const& quotes) override {
        if (quotes.empty()) return;
        // (a long article comes in parts: its name once)
        if (doc.id != last_doc_ || &doc.text != last_text_) {
            if (!last_doc_.empty()) out_ << '\n';
            out_ << fmt::format("{}{}\n", doc.id, doc.title.empty() ? "" : fmt::format(" \xC2\xB7 {}", doc.title));
            last_doc_ = doc.id;
            last_text_ = &doc.text;
        }
        codepoint_index cp(doc.text); // (offsets in code points, as in JSONL)
        for (auto const& q : quotes) {
            out_ << fmt::format("  [{}-{}] {}  {}\n", cp(q.spans.front().begin), cp(q.spans.back().end), to_string(q.kind), display_text(doc, q));
            out_ << fmt::format("      found by   {}\n", q.rule.empty() ? "(not recorded)" : q.rule);
            if (q.cue) out_ << fmt::format("      cue        {} [{}-{}]\n", q.cue->text, cp(q.cue->span.begin), cp(q.cue->span.end));
            if (q.speaker)
                out_ << fmt::format("      speaker    {} [{}-{}] -> {} ({}){}\n", q.speaker->text, cp(q.speaker->span.begin),
                                    cp(q.speaker->span.end), q.speaker->name, to_string(q.speaker->kind),
                                    q.speaker_rule.empty() ? "" : fmt::format(", found by {}", q.speaker_rule));
            else
                out_ << "      speaker    (none found)\n";
            if (!q.amended_by.empty()) {
                std::string rules;
                for (auto r : q.amended_by) rules += fmt::format("{}{}", rules.empty() ? "" : ", ", r);
                out_ << fmt::format("      amended by {}\n", rules);
            }
        }
    }
    void finish() override { out_.flush(); }

private:
    std::ostream& out_;
    std::string last_doc_;
    std::string const* last_text_ = nullptr;
};

/// The records with a speaker least sure of it, for review: the `limit` of lowest confidence (the first
/// met on a tie), weakest first, each with its article, its speaker as written and resolved, and
/// the rules behind it. Holds no more than `limit` records at once.
class weakest_writer final : public quote_writer {
public:
    weakest_writer(std::ostream& out, std::size_t limit) : out_(out), limit_(limit) {}
    void add(document const& doc, std::vector<quotation> const& quotes) override {
        if (limit_ == 0) return;
        codepoint_index cp(doc.text);
        for (auto const& q : quotes) {
            if (!q.speaker) continue; // (no words put in anyone's mouth: listed apart already)
            double const c = q.confidence.value_or(0.0);
            if (kept_.size() == limit_ && !(c < kept_.front().confidence)) continue;
            item it{c, seen_++, doc.id, doc.date, {}};
            it.text = fmt::format("  {:.2f}  {} {} [{}-{}]  {}\n", c, doc.date.empty() ? "(no date)" : doc.date, doc.id,
                                  cp(q.spans.front().begin), cp(q.spans.back().end), display_text(doc, q));
            it.text += fmt::format("        {}: ", q.cue ? q.cue->text : std::string("(no cue)"));
            it.text += fmt::format("{} -> {} ({}, {})", q.speaker->text, q.speaker->name, to_string(q.speaker->kind),
                                   to_string(q.speaker->mention));
            it.text += fmt::format("; found by {}{}\n", q.rule.empty() ? "(not recorded)" : q.rule,
                                   q.speaker_rule.empty() ? "" : fmt::format(", speaker by {}", q.speaker_rule));
            kept_.push_back(std::move(it));
            std::push_heap(kept_.begin(), kept_.end());
            if (kept_.size() > limit_) {
                std::pop_heap(kept_.begin(), kept_.end());
                kept_.pop_back();
            }
        }
    }
    void finish() override {
        std::sort_heap(kept_.begin(), kept_.end());
        out_ << fmt::format("The {} records least sure of their speaker (confidence, weakest first)\n\n", kept_.size());
        for (auto const& it : kept_) out_ << it.text;
        out_.flush();
    }

private:
    struct item {
        double confidence;
        std::size_t order; ///< (the first met stays on a tie)
        std::string doc, date, text;
        bool operator<(item const& o) const { return confidence != o.confidence ? confidence < o.confidence : order < o.order; }
    };
    std::ostream& out_;
    std::size_t limit_;
    std::size_t seen_ = 0;
    std::vector<item> kept_; // a max-heap: the strongest kept on top, to give way first
};

/// Keeps the quotations a filter keeps (see make_filtered_writer).
class filtered_writer final : public quote_writer {
public:
    filtered_writer(std::unique_ptr<quote_writer> inner, quote_filter filter, speaker_directory const& directory)
        : inner_(std::move(inner)), filter_(std::move(filter)), directory_(directory) {}
    void add(document const& doc, std::vector<quotation> const& quotes) override {
        if (!filter_.since.empty() || !filter_.until.empty()) {
            if (doc.date.empty() || (!filter_.since.empty() && doc.date < filter_.since) ||
                (!filter_.until.empty() && doc.date.substr(0, filter_.until.size()) > filter_.until))
                return;
        }
        std::vector<quotation> kept;
        for (auto const& q : quotes)
            if (filter_.kinds.empty() || std::find(filter_.kinds.begin(), filter_.kinds.end(), q.kind) != filter_.kinds.end())
                if (!filter_.speakers || q.speaker) kept.push_back(q);
        if (kept.empty()) return;
        if (!filter_.speakers) {
            inner_->add(doc, kept);
            return;
        }
        held_.emplace_back(doc, std::move(kept));
    }
    void finish() override {
        if (filter_.speakers) {
            auto const wanted = filter_.speakers();
            for (auto& [doc, quotes] : held_) {
                std::erase_if(quotes, [&](quotation const& q) { return !wanted.contains(directory_.canonical_id(q.speaker->entity)); });
                if (!quotes.empty()) inner_->add(doc, quotes);
            }
        }
        inner_->finish();
    }

private:
    std::unique_ptr<quote_writer> inner_;
    quote_filter filter_;
    speaker_directory const& directory_;
    std::vector<std::pair<document, std::vector<quotation>>> held_;
};


class csv_writer final : public quote_writer {
public:
    explicit csv_writer(std::ostream& out) : out_(out) {
        out_ << "doc,date,kind,speaker,speaker_kind,entity,role,mention,cue,cue_class,content,begin,end,mention_kind,confidence\n";
    }
    void add(document const& doc, std::vector<quotation> const& quotes) override {
        if (quotes.empty()) return;
        codepoint_index cp(doc.text);
        for (auto const& q : quotes) {
            std::string const none;
            out_ << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", csv_field(doc.id), csv_field(doc.date), to_string(q.kind),
                                csv_field(q.speaker ? q.speaker->name : none),
                                q.speaker ? to_string(q.speaker->kind) : std::string_view{},
                                csv_field(q.speaker ? q.speaker->entity : none), csv_field(q.speaker ? q.speaker->role : none),
                                csv_field(q.speaker ? q.speaker->text : none), csv_field(q.cue ? q.cue->text : none),
                                q.cue ? to_string(q.cue->meaning.kind) : std::string_view{}, csv_field(content_text(doc, q)),
                                cp(q.spans.front().begin), cp(q.spans.back().end),
                                q.speaker ? to_string(q.speaker->mention) : std::string_view{},
                                q.confidence ? fmt::format("{:.2f}", *q.confidence) : std::string());
        }
    }
    void finish() override { out_.flush(); }

private:
    std::ostream& out_;
};

/// Per-speaker lists: quotations are kept (not documents) until the end, grouped by the entity
/// the directory merges their speaker into. Named speakers first, most quoted first; then the
/// unnamed sources and groups, each with the phrase that names them; then what has no speaker.
class speaker_list_writer final : public quote_writer {
public:
    speaker_list_writer(std::ostream& out, bool markdown, speaker_directory const& directory)
        : out_(out), markdown_(markdown), directory_(directory) {}

    void add(document const& doc, std::vector<quotation> const& quotes) override {
        for (auto const& q : quotes) {
            std::string key = q.speaker ? q.speaker->entity : std::string();
            std::string who = q.speaker && !is_named_kind(q.speaker->kind) ? q.speaker->text : std::string();
            std::string cue = q.cue ? lower_cue(q.cue->text) : std::string();
            items_[key].push_back(
                {doc.date, doc.id, doc.title, doc.url, q.spans.front().begin, q.kind, display_text(doc, q), who, std::move(cue)});
        }
    }

    void finish() override {
        if (markdown_) out_ << "# Quotations by speaker\n\n";
        // Named entities, merged across articles.
        std::map<std::string, std::vector<item>> by_entity;
        std::vector<item> unnamed;
        for (auto& [key, list] : items_) {
            if (key.empty()) continue;
            if (!is_named_entity(key)) {
                unnamed.insert(unnamed.end(), list.begin(), list.end());
                continue;
            }
            auto& into = by_entity[directory_.canonical_id(key)];
            into.insert(into.end(), list.begin(), list.end());
        }
        // The sections in order, then an index of them at the top.
        std::vector<std::tuple<std::string, std::vector<item>*, bool>> sections; // head, items, with who
        // (people, bodies and places first; the outlets that report them after)
        auto const entities = directory_.entities();
        for (bool media : {false, true})
            for (auto const& e : entities) {
                auto it = by_entity.find(e.id);
                if (it == by_entity.end() || (e.kind == speaker_kind::media) != media) continue;
                std::string head = fmt::format("{} ({}{}{})", e.name, to_string(e.kind), latest_role(e).empty() ? "" : ", ",
                                               latest_role(e));
                sections.emplace_back(std::move(head), &it->second, false);
            }
        if (!unnamed.empty()) sections.emplace_back("Unnamed sources and groups", &unnamed, true);
        if (auto it = items_.find(""); it != items_.end()) sections.emplace_back("(no speaker found)", &it->second, false);
        print_index(sections);
        for (auto& [head, list, with_who] : sections) print(head, *list, with_who);
        out_.flush();
    }

private:
    struct item {
        std::string date, doc, title, url;
        std::size_t at;
        quote_kind kind;
        std::string text;
        std::string who; ///< the phrase naming an unnamed source
        std::string cue; ///< as written, lower case ("denied", "asked", "according to"), or empty
    };

    /// The cue as a reader sees it before the words it reports: as written, its first letter
    /// lower case ("According to" at a sentence start reads "according to:").
    static std::string lower_cue(std::string const& written) {
        std::string out = written;
        for (auto& ch : out)
            if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
        if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z' && (out.size() < 2 || !(out[1] >= 'A' && out[1] <= 'Z'))) out[0] = static_cast<char>(out[0] - 'A' + 'a');
        return out;
    }


    static std::string quotation_count(std::size_t n) { return fmt::format("{} quotation{}", n, n == 1 ? "" : "s"); }

    /// A Markdown heading's anchor as GitHub and most renderers make it: lower case, spaces to
    /// hyphens, punctuation dropped.
    static std::string anchor(std::string const& head) {
        std::string out;
        std::string const dash = "\xE2\x80\x94"; // (an em dash is punctuation: dropped)
        std::string h = head;
        for (auto at = h.find(dash); at != std::string::npos; at = h.find(dash, at)) h.erase(at, dash.size());
        for (unsigned char c : h) {
            if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
            else if (c == ' ') out += '-';
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c >= 0x80) out += static_cast<char>(c);
        }
        return out;
    }

    /// "Index — 412 speakers": each section's head and count, as many to a line as fit (text),
    /// or a list of links to the sections (Markdown).
    void print_index(std::vector<std::tuple<std::string, std::vector<item>*, bool>> const& sections) {
        if (sections.empty()) return;
        if (markdown_) {
            out_ << fmt::format("{} section{}: the speakers by number of quotations, then the outlets, the unnamed sources and what has no speaker.\n\n",
                                sections.size(), sections.size() == 1 ? "" : "s");
            for (auto const& [head, list, with_who] : sections)
                out_ << fmt::format("- [{}](#{}) — {}\n", head, anchor(fmt::format("{} — {}", head, quotation_count(list->size()))),
                                    list->size());
            out_ << '\n';
            return;
        }
        out_ << fmt::format("Index \xE2\x80\x94 {} section{} (speakers by number of quotations; then outlets, unnamed sources, and no speaker)\n",
                            sections.size(), sections.size() == 1 ? "" : "s");
        std::string line = " ";
        for (auto const& [head, list, with_who] : sections) {
            auto const name = head.substr(0, head.find(" ("));
            auto const entry = fmt::format(" {} {} \xC2\xB7", name, list->size());
            if (line.size() + entry.size() > 100 && line.size() > 1) {
                out_ << line << '\n';
                line.resize(1); // (the leading space)
            }
            line += entry;
        }
        out_ << line << "\n\n";
    }

    void print(std::string const& head, std::vector<item>& items, bool with_who) {
        std::sort(items.begin(), items.end(), [](item const& a, item const& b) {
            return std::tie(a.date, a.doc, a.at) < std::tie(b.date, b.doc, b.at);
        });
        auto const count = quotation_count(items.size());
        if (markdown_) out_ << fmt::format("## {} — {}\n\n", head, count);
        else out_ << fmt::format("{} — {}\n", head, count);
        // Each article once (date, title, id and address), its quotations under it.
        std::string const* article = nullptr;
        for (auto const& it : items) {
            if (!article || *article != it.doc) {
                article = &it.doc;
                std::string date = it.date.empty() ? "(no date)" : it.date;
                if (markdown_) {
                    std::string title = it.title.empty() ? fmt::format("`{}`", it.doc) : it.title;
                    out_ << fmt::format("- {} · {}{}\n", date, it.url.empty() ? title : fmt::format("[{}]({})", title, it.url),
                                        it.title.empty() ? "" : fmt::format(" · `{}`", it.doc));
                } else {
                    out_ << fmt::format("  {:<10}  {}{}\n", date, it.title.empty() ? "" : fmt::format("{} \xC2\xB7 ", it.title), it.doc);
                    if (!it.url.empty()) out_ << fmt::format("              {}\n", it.url);
                }
            }
            // "said: …", and for an unnamed source the phrase naming it: "officials told: …".
            std::string who = with_who && !it.who.empty() ? it.who : std::string();
            std::string lead = who.empty() ? it.cue : it.cue.empty() ? who : who + ' ' + it.cue;
            if (!lead.empty()) lead += ": ";
            if (markdown_) out_ << fmt::format("  - *{}* · {}{}\n", to_string(it.kind), lead, it.text);
            else out_ << fmt::format("      [{}] {}{}\n", to_string(it.kind), lead, it.text);
        }
        out_ << '\n';
    }

    std::ostream& out_;
    bool markdown_;
    speaker_directory const& directory_;
    std::map<std::string, std::vector<item>> items_; // by article-level entity id ("" = no speaker)
};

} // namespace

std::optional<output_format> parse_output_format(std::string_view name) {
    if (name == "text") return output_format::text;
    if (name == "jsonl") return output_format::jsonl;
    if (name == "csv") return output_format::csv;
    if (name == "md") return output_format::md;
    if (name == "explain") return output_format::explain;
    return std::nullopt;
}

std::unique_ptr<quote_writer> make_quote_writer(output_format format, std::ostream& out, speaker_directory const& directory,
                                                bool with_figures) {
    switch (format) {
    case output_format::jsonl: return std::make_unique<jsonl_writer>(out, with_figures);
    case output_format::csv: return std::make_unique<csv_writer>(out);
    case output_format::md: return std::make_unique<speaker_list_writer>(out, true, directory);
    case output_format::explain: return std::make_unique<explain_writer>(out);
    case output_format::text: break;
    }
    return std::make_unique<speaker_list_writer>(out, false, directory);
}

std::unique_ptr<quote_writer> make_filtered_writer(std::unique_ptr<quote_writer> inner, quote_filter filter,
                                                   speaker_directory const& directory) {
    return std::make_unique<filtered_writer>(std::move(inner), std::move(filter), directory);
}

std::unique_ptr<quote_writer> make_weakest_writer(std::ostream& out, std::size_t limit) {
    return std::make_unique<weakest_writer>(out, limit);
}

std::size_t codepoint_offset(std::string_view text, std::size_t byte) { return codepoint_index(text)(byte); }

} // namespace verbatim
