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
namespace {

/// The speakers of the page: the named entities quoted, most quoted first, and their index.
struct page_speakers {
    std::vector<speaker_entity> entities;
    std::map<std::string, std::size_t> quoted; // canonical id -> quotations
    std::unordered_map<std::string, std::size_t> index;
};

} // namespace

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

    /// The page's speakers, from the quotations kept and the directory's merge.
    page_speakers speakers() const {
        page_speakers ps;
        for (auto const& q : quotes)
            if (q.named) ++ps.quoted[directory.canonical_id(q.entity)];
        for (auto& e : directory.entities())
            if (ps.quoted.contains(e.id)) ps.entities.push_back(std::move(e));
        std::stable_sort(ps.entities.begin(), ps.entities.end(),
                         [&](auto const& a, auto const& b) { return ps.quoted[a.id] > ps.quoted[b.id]; });
        for (std::size_t i = 0; i < ps.entities.size(); ++i) ps.index.emplace(ps.entities[i].id, i);
        return ps;
    }
};

explorer::explorer(speaker_directory const& directory) : state_(std::make_unique<state>(state{directory, {}, {}, {}})) {}
explorer::~explorer() = default;

void explorer::add(document const& doc, std::vector<quotation> const& quotes) {
    if (quotes.empty()) return;
    auto& s = *state_;
    auto const d = s.doc_of(doc.id, doc.date, doc.title, doc.url);
    for (auto const& q : quotes) {
        bool const named = q.speaker && is_named_entity(q.speaker->entity);
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

namespace {

void append_speaker_rows(std::string& j, page_speakers const& ps, std::size_t unnamed_count) {
    auto row = [&](std::string_view name, std::string_view kind, std::string_view role, std::size_t n, std::string const& aliases) {
        j += '[';
        append_json_string(j, name);
        j += ',';
        append_json_string(j, kind);
        j += ',';
        append_json_string(j, role);
        j += fmt::format(",{},", n);
        append_json_string(j, aliases);
        j += "],";
    };
    for (auto const& e : ps.entities) {
        std::string aliases;
        for (auto const& [alias, n] : e.aliases) aliases += (aliases.empty() ? "" : "|") + alias;
        row(e.name, to_string(e.kind), latest_role(e), ps.quoted.at(e.id), aliases);
    }
    row("Unnamed sources and groups", "group", "", unnamed_count, "officials|sources");
    j.pop_back(); // (the last comma)
}

/// "changes", "disagreements", "numbers" and "threads" of the report, claims by index.
void append_sections(std::string& j, claim_report const& report, page_speakers const& ps) {
    auto changes = [&](std::vector<claim_change> const& list) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i) j += ',';
            append_change(j, list[i]);
        }
    };
    j += "],\"changes\":[";
    changes(report.changes);
    j += "],\"disagreements\":[";
    changes(report.disagreements);
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
        changes(n.steps);
        j += "]]";
    }
    j += "],\"threads\":[";
    bool first_thread = true;
    for (auto const& t : report.threads) {
        auto it = ps.index.find(t.entity);
        if (it == ps.index.end()) continue;
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
}

} // namespace

void explorer::write(std::ostream& out, claim_report const& report) {
    auto& s = *state_;
    auto const ps = s.speakers();
    std::size_t const unnamed = ps.entities.size();
    std::size_t unnamed_count = 0;
    std::string j;
    j.reserve(s.quotes.size() * 300 + report.claims.size() * 60);
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
            if (auto it = ps.index.find(s.directory.canonical_id(q.entity)); it != ps.index.end()) sp = static_cast<long>(it->second);
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
    append_speaker_rows(j, ps, unnamed_count);
    j += "],\"claims\":[";
    // (a claim made by a quotation points to it, its words not written twice)
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> quote_at;
    for (std::size_t i = 0; i < s.quotes.size(); ++i) quote_at.emplace(std::pair{s.quotes[i].doc, s.quotes[i].at}, i);
    for (std::size_t i = 0; i < report.claims.size(); ++i) {
        auto const& c = report.claims[i];
        auto const doc = s.doc_index.at(std::string(c.doc.view()));
        auto const who = c.reported ? ps.index.end() : ps.index.find(std::string(c.entity.view()));
        j += fmt::format("{}[{},{},", i ? "," : "", doc, who == ps.index.end() ? -1L : static_cast<long>(who->second));
        auto const said = c.reported ? quote_at.end() : quote_at.find({doc, c.at});
        if (said != quote_at.end()) j += fmt::format("{}", said->second);
        else append_json_string(j, c.form_kind == quote_kind::direct ? "\xE2\x80\x9C" + c.text + "\xE2\x80\x9D" : c.text);
        j += ',';
        append_json_string(j, c.reported ? std::string_view("reported") : c.cue.view());
        j += ']';
    }
    append_sections(j, report, ps);
    j += fmt::format("],\"summary\":{{\"documents\":{},\"quotations\":{},\"speakers\":{},\"changes\":{},\"disagreements\":{},\"numbers\":{}}}}}",
                     s.docs.size(), s.quotes.size(), ps.entities.size(), report.changes.size(), report.disagreements.size(),
                     report.numbers.size());
    out << explorer_page::page_head;
    append_script_safe(out, j);
    out << explorer_page::page_tail;
}

} // namespace verbatim
