// The speakers of a corpus, for people (text, Markdown) and programs (JSONL, CSV).
#include <ostream>

#include <fmt/format.h>

#include "report/json.hpp"
#include "verbatim/output.hpp"
#include "verbatim/speakers.hpp"

namespace verbatim {
namespace {

std::string dates(speaker_entity::role_seen const& seen) {
    if (seen.first.empty()) return {};
    return seen.first == seen.last ? seen.first : fmt::format("{} \xE2\x80\x93 {}", seen.first, seen.last);
}

std::string roles_text(speaker_entity const& e) {
    std::string out;
    for (auto const& [role, seen] : e.roles) {
        if (!out.empty()) out += "; ";
        out += role;
        if (auto d = dates(seen); !d.empty()) out += fmt::format(" ({})", d);
    }
    return out;
}

std::string aliases_text(speaker_entity const& e) {
    std::string out;
    for (auto const& [alias, n] : e.aliases) {
        if (!out.empty()) out += "; ";
        out += alias;
    }
    return out;
}

std::string csv_cell(std::string const& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string md_cell(std::string s) {
    for (std::size_t p = 0; (p = s.find('|', p)) != std::string::npos; p += 2) s.replace(p, 1, "\\|");
    return s;
}

} // namespace

void write_speakers(output_format format, std::ostream& out, std::vector<speaker_entity> const& speakers) {
    switch (format) {
    case output_format::jsonl:
        for (auto const& e : speakers) {
            std::string roles, aliases;
            for (auto const& [role, seen] : e.roles)
                roles += fmt::format("{}{{\"role\": {}, \"first\": {}, \"last\": {}}}", roles.empty() ? "" : ", ", json_string(role),
                                     seen.first.empty() ? "null" : json_string(seen.first),
                                     seen.last.empty() ? "null" : json_string(seen.last));
            for (auto const& [alias, n] : e.aliases) aliases += fmt::format("{}{}", aliases.empty() ? "" : ", ", json_string(alias));
            out << fmt::format(R"({{"id": {}, "name": {}, "kind": "{}", "quotations": {}, "articles": {}, "roles": [{}], "aliases": [{}]}})",
                               json_string(e.id), json_string(e.name), to_string(e.kind), e.quotations, e.articles, roles, aliases)
                << '\n';
        }
        break;
    case output_format::csv:
        out << "id,name,kind,quotations,articles,roles,aliases\n";
        for (auto const& e : speakers)
            out << fmt::format("{},{},{},{},{},{},{}\n", csv_cell(e.id), csv_cell(e.name), to_string(e.kind), e.quotations, e.articles,
                               csv_cell(roles_text(e)), csv_cell(aliases_text(e)));
        break;
    case output_format::md:
        out << "# Speakers\n\n| speaker | kind | quotations | articles | roles seen | also written |\n| --- | --- | ---: | ---: | --- | --- |\n";
        for (auto const& e : speakers)
            out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", md_cell(e.name), to_string(e.kind), e.quotations, e.articles,
                               md_cell(roles_text(e)), md_cell(aliases_text(e)));
        break;
    case output_format::text:
    case output_format::explain: // (no view of its own: the list)
        for (auto const& e : speakers) {
            out << fmt::format("{} \xE2\x80\x94 {} \xE2\x80\x94 {} quotation{} in {} article{}\n", e.name, to_string(e.kind), e.quotations,
                               e.quotations == 1 ? "" : "s", e.articles, e.articles == 1 ? "" : "s");
            if (!e.roles.empty()) out << fmt::format("  roles: {}\n", roles_text(e));
            if (!e.aliases.empty()) out << fmt::format("  also written: {}\n", aliases_text(e));
        }
        break;
    }
    out.flush();
}

} // namespace verbatim
