// report/explorer.cpp — the explorer: one self-contained HTML page holding a corpus's quotations
// and its claim-change report as data, with a script to search and filter them in the browser.
#include <algorithm>
#include <map>
#include <ostream>
#include <unordered_map>

#include <fmt/format.h>

#include "report/display.hpp"
#include "report/explorer_page.hpp"
#include "report/json.hpp"
#include "verbatim/report.hpp"
#include "verbatim/speakers.hpp"

namespace verbatim {

struct explorer::state {
    speaker_directory const& directory;
    struct article {
        std::string id, date, title, url;
    };
    struct said {
        std::size_t doc;
        std::string entity; ///< as the article gave it (merged at the end)
        bool named;         ///< a person, organisation or place
        quote_kind kind;
        std::string cue, text, who;
        double confidence;
        std::size_t at; ///< where it begins in its article (a claim's `at`)
    };
    std::vector<article> docs;
    std::unordered_map<std::string, std::size_t> doc_index;
    std::vector<said> quotes;

    std::size_t doc_of(std::string_view id, std::string_view date, std::string_view title, std::string_view url) {
        auto [it, fresh] = doc_index.try_emplace(std::string(id), docs.size());
        if (fresh) docs.push_back({std::string(id), std::string(date), std::string(title), std::string(url)});
        return it->second;
    }
};

explorer::explorer(speaker_directory const& directory) : state_(std::make_unique<state>(state{directory, {}, {}, {}})) {}
explorer::~explorer() = default;

void explorer::add(document const& doc, std::vector<quotation> const& quotes) {
    if (quotes.empty()) return;
    auto& s = *state_;
    auto const d = s.doc_of(doc.id, doc.date, doc.title, doc.url);
    for (auto const& q : quotes) {
        bool const named = q.speaker && (q.speaker->kind == speaker_kind::person || q.speaker->kind == speaker_kind::organization ||
                                         q.speaker->kind == speaker_kind::place);
        s.quotes.push_back({d, q.speaker ? q.speaker->entity : std::string(), named, q.kind, q.cue ? q.cue->text : std::string(),
                            display_text(doc, q), q.speaker && !named ? q.speaker->text : std::string(), q.confidence.value_or(0.0),
                            q.spans.empty() ? 0 : q.spans.front().begin});
    }
}

namespace {

/// JSON text to stand inside a <script> element: "</" written "<\/" so that no "</script>" ends it.
void append_script_safe(std::ostream& out, std::string const& json) {
    std::size_t from = 0;
    for (auto at = json.find("</"); at != std::string::npos; at = json.find("</", at + 2)) {
        out.write(json.data() + from, static_cast<std::streamsize>(at + 1 - from));
        out << "\\";
        from = at + 1;
    }
    out.write(json.data() + from, static_cast<std::streamsize>(json.size() - from));
}

std::string reason_of(judgement const& v) {
    std::string out;
    for (auto const& r : v.reasons) out += (out.empty() ? "" : "; ") + r;
    return out;
}

void append_change(std::string& j, claim_change const& c) {
    j += fmt::format("[{},{},", c.earlier, c.later);
    append_json_string(j, to_string(c.verdict.rel));
    j += ',';
    append_json_string(j, c.verdict.rule);
    j += ',';
    append_json_string(j, reason_of(c.verdict));
    j += ']';
}

} // namespace

void explorer::write(std::ostream& out, claim_report const& report) {
    auto& s = *state_;
    // Speakers: the named entities with quotations, most quoted first; then one for the unnamed.
    std::map<std::string, std::size_t> quoted; // canonical id -> quotations
    for (auto const& q : s.quotes)
        if (q.named) ++quoted[s.directory.canonical_id(q.entity)];
    std::vector<speaker_entity> entities;
    for (auto& e : s.directory.entities())
        if (quoted.contains(e.id)) entities.push_back(std::move(e));
    std::stable_sort(entities.begin(), entities.end(), [&](auto const& a, auto const& b) { return quoted[a.id] > quoted[b.id]; });
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < entities.size(); ++i) index.emplace(entities[i].id, i);
    std::size_t const unnamed = entities.size();
    std::size_t unnamed_count = 0;

    std::string j;
    j.reserve(s.quotes.size() * 300 + report.claims.size() * 200);
    j += "{\"docs\":[";
    // (claims may come from articles without quotations here: their figures)
    for (auto const& c : report.claims) s.doc_of(c.doc.view(), c.date.view(), c.title.view(), c.url.view());
    for (std::size_t i = 0; i < s.docs.size(); ++i) {
        auto const& d = s.docs[i];
        j += i ? ",[" : "[";
        append_json_string(j, d.id);
        for (auto const* f : {&d.date, &d.title, &d.url}) {
            j += ',';
            append_json_string(j, *f);
        }
        j += ']';
    }
    j += "],\"quotes\":[";
    for (std::size_t i = 0; i < s.quotes.size(); ++i) {
        auto const& q = s.quotes[i];
        long sp = -1;
        if (q.named) {
            if (auto it = index.find(s.directory.canonical_id(q.entity)); it != index.end()) sp = static_cast<long>(it->second);
        } else if (!q.entity.empty()) {
            sp = static_cast<long>(unnamed);
            ++unnamed_count;
        }
        j += fmt::format("{}[{},{},{},", i ? "," : "", q.doc, sp, static_cast<int>(q.kind));
        append_json_string(j, q.cue);
        j += ',';
        append_json_string(j, q.text);
        j += fmt::format(",{:.2f},", q.confidence);
        append_json_string(j, q.who);
        j += ']';
    }
    j += "],\"speakers\":[";
    auto speaker_row = [&](std::string_view name, std::string_view kind, std::string_view role, std::size_t n, std::string const& aliases) {
        j += '[';
        append_json_string(j, name);
        j += ',';
        append_json_string(j, kind);
        j += ',';
        append_json_string(j, role);
        j += fmt::format(",{},", n);
        append_json_string(j, aliases);
        j += ']';
    };
    for (std::size_t i = 0; i < entities.size(); ++i) {
        auto const& e = entities[i];
        std::string aliases, role, last;
        for (auto const& [alias, n] : e.aliases) aliases += (aliases.empty() ? "" : "|") + alias;
        for (auto const& [r, seen] : e.roles)
            if (role.empty() || seen.last > last) role = r, last = seen.last;
        if (i) j += ',';
        speaker_row(e.name, to_string(e.kind), role, quoted[e.id], aliases);
    }
    if (!entities.empty()) j += ',';
    speaker_row("Unnamed sources and groups", "group", "", unnamed_count, "officials|sources");
    j += "],\"claims\":[";
    auto speaker_of = [&](claim const& c) -> long {
        if (c.reported) return -1;
        auto it = index.find(std::string(c.entity.view()));
        return it == index.end() ? -1 : static_cast<long>(it->second);
    };
    // (a claim made by a quotation points to it, its words not written twice)
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> quote_at;
    for (std::size_t i = 0; i < s.quotes.size(); ++i) quote_at.emplace(std::pair{s.quotes[i].doc, s.quotes[i].at}, i);
    for (std::size_t i = 0; i < report.claims.size(); ++i) {
        auto const& c = report.claims[i];
        auto const doc = s.doc_index.at(std::string(c.doc.view()));
        j += fmt::format("{}[{},{},", i ? "," : "", doc, speaker_of(c));
        auto const said = c.reported ? quote_at.end() : quote_at.find({doc, c.at});
        if (said != quote_at.end()) j += fmt::format("{}", said->second);
        else append_json_string(j, c.form_kind == quote_kind::direct ? "\xE2\x80\x9C" + c.text + "\xE2\x80\x9D" : c.text);
        j += ',';
        append_json_string(j, c.reported ? std::string_view("reported") : c.cue.view());
        j += ']';
    }
    j += "],\"changes\":[";
    for (std::size_t i = 0; i < report.changes.size(); ++i) {
        if (i) j += ',';
        append_change(j, report.changes[i]);
    }
    j += "],\"disagreements\":[";
    for (std::size_t i = 0; i < report.disagreements.size(); ++i) {
        if (i) j += ',';
        append_change(j, report.disagreements[i]);
    }
    j += "],\"numbers\":[";
    for (std::size_t i = 0; i < report.numbers.size(); ++i) {
        auto const& n = report.numbers[i];
        std::string subject;
        for (auto const& w : n.subject) subject += (subject.empty() ? "" : ", ") + w;
        j += i ? ",[" : "[";
        append_json_string(j, n.metric);
        j += ',';
        append_json_string(j, subject);
        j += ",[";
        for (std::size_t k = 0; k < n.points.size(); ++k) {
            auto const& q = report.claims[n.points[k].claim].form.quantities[n.points[k].quantity];
            j += fmt::format("{}[{},", k ? "," : "", n.points[k].claim);
            append_json_string(j, q.text);
            j += ']';
        }
        j += "],[";
        for (std::size_t k = 0; k < n.steps.size(); ++k) {
            if (k) j += ',';
            append_change(j, n.steps[k]);
        }
        j += "]]";
    }
    j += "],\"threads\":[";
    bool first_thread = true;
    for (auto const& t : report.threads) {
        auto it = index.find(t.entity);
        if (it == index.end()) continue;
        std::string topic;
        for (auto const& w : t.topic) topic += (topic.empty() ? "" : ", ") + w;
        j += fmt::format("{}[{},", first_thread ? "" : ",", it->second);
        first_thread = false;
        append_json_string(j, topic);
        j += ',';
        append_json_string(j, to_string(t.flip));
        j += ",[";
        for (std::size_t k = 0; k < t.claims.size(); ++k) j += fmt::format("{}{}", k ? "," : "", t.claims[k]);
        j += "]]";
    }
    j += fmt::format("],\"summary\":{{\"documents\":{},\"quotations\":{},\"speakers\":{},\"changes\":{},\"disagreements\":{},\"numbers\":{}}}}}",
                     s.docs.size(), s.quotes.size(), entities.size(), report.changes.size(), report.disagreements.size(),
                     report.numbers.size());
    out << explorer_page::page_head;
    append_script_safe(out, j);
    out << explorer_page::page_tail;
}

} // namespace verbatim
