// Speakers as entities across a corpus: stable ids, the corpus-wide merge, the alias file.
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <vector>

#include <fmt/format.h>
#include <utf8proc.h>

#include "language.hpp"
#include "verbatim/speakers.hpp"
#include "verbatim/words.hpp"

namespace verbatim {
namespace {

/// ASCII lower case without accents (Zelenskyy -> zelenskyy, Müller -> muller).
std::string fold(std::string_view s) {
    if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        // ASCII: decomposing and stripping marks change nothing, case folding lowers the letters.
        std::string folded(s);
        for (auto& c : folded)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return folded;
    }
    utf8proc_uint8_t* out = nullptr;
    auto n = utf8proc_map(reinterpret_cast<utf8proc_uint8_t const*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()), &out,
                          static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
                                                         UTF8PROC_COMPAT));
    std::string folded = n >= 0 ? std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(n)) : std::string(s);
    std::free(out);
    return folded;
}

/// The words of a name as an id uses them, with the common variants of transliterated
/// endings made one: -yy, -iy, -yi -> -y (Zelenskyy, Zelenskiy -> zelensky).
std::vector<std::string> name_words(std::string_view name) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : fold(name)) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep) cur += c;
        else if (c == '\'' ) continue; // O'Brien -> obrien
        else if (!cur.empty()) words.push_back(std::move(cur)), cur.clear();
    }
    if (!cur.empty()) words.push_back(std::move(cur));
    if (!words.empty() && words.front() == "the") words.erase(words.begin());
    for (auto& w : words)
        if (w.size() > 4 && (w.ends_with("yy") || w.ends_with("iy") || w.ends_with("yi"))) w.replace(w.size() - 2, 2, "y");
    return words;
}

std::string join(std::vector<std::string> const& words) {
    std::string out;
    for (auto const& w : words) {
        if (!out.empty()) out += '-';
        out += w;
    }
    return out;
}

bool is_suffix(std::string_view w) { return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv"; }

bool is_pronoun_text(std::string_view text) {
    std::string w = fold(text);
    if (auto apo = w.find_first_of("'\xE2"); apo != std::string::npos) w.resize(apo);
    static std::set<std::string> const pronouns{"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"};
    return pronouns.contains(w);
}

} // namespace

bool is_named_kind(speaker_kind k) {
    return k == speaker_kind::person || k == speaker_kind::organization || k == speaker_kind::place || k == speaker_kind::media;
}

std::string latest_role(speaker_entity const& e) {
    std::string role, last;
    for (auto const& [r, seen] : e.roles)
        if (role.empty() || seen.last > last) role = r, last = seen.last;
    return role;
}

bool is_named_entity(std::string_view id) {
    return id.starts_with("person:") || id.starts_with("organization:") || id.starts_with("place:") || id.starts_with("media:");
}

std::string entity_id(speaker_kind kind, std::string_view name, std::string_view doc_id) {
    std::string id = fmt::format("{}:{}", to_string(kind), join(name_words(name)));
    if (!is_named_kind(kind) && !doc_id.empty()) id += fmt::format("@{}", doc_id);
    return id;
}

alias_table read_alias_file(std::string const& path, std::vector<diagnostic>* notes) {
    alias_table table;
    std::ifstream in(path);
    if (!in) {
        if (notes) notes->push_back({path, 0, severity::error, "cannot read the alias file"});
        return table;
    }
    auto trim = [](std::string s) {
        auto b = s.find_first_not_of(" \t\r");
        auto e = s.find_last_not_of(" \t\r");
        return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    };
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        if (auto ne = line.find("!="); ne != std::string::npos) {
            auto a = trim(line.substr(0, ne)), b = trim(line.substr(ne + 2));
            if (a.empty() || b.empty()) {
                if (notes) notes->push_back({path, n, severity::error, "'!=' needs a name on each side; line skipped"});
                continue;
            }
            table.kept_apart.emplace_back(a, b);
            continue;
        }
        auto eq = line.find('=');
        if (eq == std::string::npos) {
            if (notes)
                notes->push_back({path, n, severity::error, "expected 'canonical name = alias, alias' or 'name != name'; line skipped"});
            continue;
        }
        auto canonical = trim(line.substr(0, eq));
        if (canonical.empty()) {
            if (notes) notes->push_back({path, n, severity::error, "no canonical name before '='; line skipped"});
            continue;
        }
        table.canonical_of[join(name_words(canonical))] = canonical;
        std::string rest = line.substr(eq + 1);
        for (std::size_t p = 0; p <= rest.size();) {
            auto comma = rest.find(',', p);
            auto alias = trim(rest.substr(p, comma == std::string::npos ? std::string::npos : comma - p));
            if (!alias.empty()) table.canonical_of[join(name_words(alias))] = canonical;
            if (comma == std::string::npos) break;
            p = comma + 1;
        }
    }
    return table;
}

struct speaker_directory::state {
    alias_table aliases;
    struct record {
        speaker_entity entity;
        /// The articles that quote it, by number (a corpus quotes its speakers in a million
        /// articles): in the order met, each article once in a row; counted in entities().
        std::vector<word_view> docs;
        std::vector<std::string> words;
        std::map<std::string, std::size_t> name_forms; ///< resolved names written, with counts
    };

    /// The name an entity goes by: of the fullest forms (most words), the one written most.
    static std::string best_name(std::map<std::string, std::size_t> const& forms) {
        std::string best;
        std::size_t best_words = 0, best_count = 0;
        for (auto const& [form, n] : forms) {
            std::size_t words = static_cast<std::size_t>(std::count(form.begin(), form.end(), ' ')) + 1;
            if (words > best_words || (words == best_words && n > best_count)) best = form, best_words = words, best_count = n;
        }
        return best;
    }
    std::map<std::string, record> by_id; // article-level ids
    mutable std::map<std::string, std::string> canonical; // merge, built on demand
    mutable bool merged = false;

    bool kept_apart(std::string const& a, std::string const& b) const {
        for (auto const& [x, y] : aliases.kept_apart) {
            auto ix = join(name_words(x)), iy = join(name_words(y));
            auto wa = a.substr(a.find(':') + 1), wb = b.substr(b.find(':') + 1);
            if ((wa == ix && wb == iy) || (wa == iy && wb == ix)) return true;
        }
        return false;
    }

    /// The words of a name with the spellings made one (z as s, -er as -re): names spelled
    /// otherwise share it.
    static std::string spelling_key(std::vector<std::string> const& words) {
        std::string key;
        for (auto w : words) {
            std::replace(w.begin(), w.end(), 'z', 's');
            if (w.size() > 3 && w.ends_with("er")) w.replace(w.size() - 2, 2, "re");
            key += w;
            key += ' ';
        }
        return key;
    }

    /// The letters an acronym of a body's name takes: the first of each word but the small ones
    /// ("Civil Aviation Administration of China" -> caac).
    static std::string initials(std::vector<std::string> const& words) {
        std::string out;
        for (auto const& w : words)
            if (!w.empty() && !grammars::in_class(w, grammars::word_class::title_small_word)) out += w[0];
        return out;
    }

    /// Whether a record is written as an acronym (one word, two to six capitals: "WHO", "NHC").
    static bool written_as_acronym(record const& r) {
        if (r.words.size() != 1) return false;
        for (auto const& [form, n] : r.name_forms) {
            std::string_view f = form;
            if (f.starts_with("the ")) f.remove_prefix(4);
            if (f.size() >= 2 && f.size() <= 6 && std::all_of(f.begin(), f.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                return true;
        }
        return false;
    }

    /// Bodies of one name: a name led by a place's other name joins the one led by its canonical
    /// name ("the US Geological Survey" -> "the United States Geological Survey"), a name spelled
    /// otherwise joins the one written most ("World Health Organisation" -> "… Organization"), and
    /// an acronym joins the one body of the corpus whose initials it is ("WHO", "NHC") when an
    /// article quotes both.
    void merge_bodies() const {
        std::vector<std::string> bodies;
        for (auto const& [id, r] : by_id)
            if (r.entity.kind == speaker_kind::organization && r.words.size() >= 2) bodies.push_back(id);
        auto target = [&](std::string id) {
            for (auto it = canonical.find(id); it != canonical.end(); it = canonical.find(id)) id = it->second;
            return id;
        };
        for (auto const& id : bodies) {
            auto const& r = by_id.at(id);
            // a leading place's other name ("US", "U.S.", "UK")
            std::string const written = best_name(r.name_forms);
            std::string_view rest = written;
            if (rest.starts_with("the ") || rest.starts_with("The ")) rest.remove_prefix(4);
            for (std::size_t sp = rest.find(' '); sp != std::string_view::npos && sp < rest.size(); sp = rest.find(' ', sp + 1)) {
                auto const place = std::string(rest.substr(0, sp));
                if (!grammars::is_place_name(place)) continue;
                auto const full = grammars::canonical_place_name(place);
                if (full == place) continue;
                auto other = entity_id(speaker_kind::organization, full + std::string(rest.substr(sp)));
                if (other != id && by_id.contains(other)) canonical[id] = other;
                break;
            }
        }
        // (bodies grouped by their words with the spellings made one: linear in the bodies)
        std::map<std::string, std::vector<std::string>> by_spelling;
        for (auto const& id : bodies)
            if (!canonical.contains(id)) by_spelling[spelling_key(by_id.at(id).words)].push_back(id);
        for (auto const& [key, ids] : by_spelling) {
            if (ids.size() < 2) continue;
            auto const most = *std::min_element(ids.begin(), ids.end(), [&](std::string const& a, std::string const& b) {
                auto qa = by_id.at(a).entity.quotations, qb = by_id.at(b).entity.quotations;
                return qa != qb ? qa > qb : a < b;
            });
            for (auto const& id : ids)
                if (id != most) canonical[id] = most;
        }
        // (the acronym and the name speak in one article at least: "CDC" is not every body of
        // those initials)
        std::map<std::string, std::set<std::string>> by_initials;
        std::map<std::string, std::set<word_view>> docs_of;
        for (auto const& id : bodies) {
            auto const to = target(id);
            by_initials[initials(by_id.at(id).words)].insert(to);
            docs_of[to].insert(by_id.at(id).docs.begin(), by_id.at(id).docs.end());
        }
        for (auto const& [id, r] : by_id) {
            if (r.entity.kind != speaker_kind::organization || !written_as_acronym(r) || canonical.contains(id)) continue;
            auto it = by_initials.find(r.words.front());
            if (it == by_initials.end() || it->second.size() != 1 || kept_apart(id, *it->second.begin())) continue;
            auto const& named_in = docs_of[*it->second.begin()];
            if (std::none_of(r.docs.begin(), r.docs.end(), [&](word_view d) { return named_in.contains(d); })) continue;
            canonical[id] = *it->second.begin();
        }
        for (auto& [id, to] : canonical) to = target(to);
    }

    /// A person written by surname alone joins the one person of that surname the corpus names
    /// in full (without Jr./Sr.); with two such people (namesakes) it stays apart. Bodies: see
    /// merge_bodies.
    void merge() const {
        if (merged) return;
        merged = true;
        canonical.clear();
        merge_bodies();
        std::map<std::string, std::vector<std::string>> full_by_surname;
        for (auto const& [id, r] : by_id) {
            if (r.entity.kind != speaker_kind::person || r.words.size() < 2 || is_suffix(r.words.back())) continue;
            full_by_surname[r.words.back()].push_back(id);
        }
        for (auto const& [id, r] : by_id) {
            if (r.entity.kind != speaker_kind::person || r.words.size() != 1) continue;
            auto it = full_by_surname.find(r.words.front());
            if (it == full_by_surname.end() || it->second.size() != 1 || kept_apart(id, it->second.front())) continue;
            canonical[id] = it->second.front();
        }
    }
};

speaker_directory::speaker_directory(alias_table aliases) : state_(std::make_unique<state>()) {
    state_->aliases = std::move(aliases);
}
speaker_directory::~speaker_directory() = default;
speaker_directory::speaker_directory(speaker_directory&&) noexcept = default;
speaker_directory& speaker_directory::operator=(speaker_directory&&) noexcept = default;

void speaker_directory::apply_aliases(document const& doc, std::vector<quotation>& quotes) const {
    auto const& aliases = state_->aliases.canonical_of;
    for (auto& q : quotes) {
        if (!q.speaker) continue;
        auto& sp = *q.speaker;
        if (is_named_kind(sp.kind)) {
            if (auto it = aliases.find(join(name_words(sp.name))); it != aliases.end()) sp.name = it->second;
            // ("WN" = "Wikinews": the name an alias gives may be an outlet's)
            if (sp.kind == speaker_kind::organization && grammars::is_outlet_name(sp.name)) sp.kind = speaker_kind::media;
            sp.entity = entity_id(sp.kind, sp.name);
        } else if (sp.entity.empty()) {
            sp.entity = entity_id(sp.kind, sp.name, doc.id);
        }
    }
}

void speaker_directory::add(document const& doc, std::vector<quotation>& quotes) {
    apply_aliases(doc, quotes);
    auto& st = *state_;
    for (auto& q : quotes) {
        if (!q.speaker) continue;
        auto& sp = *q.speaker;
        auto& r = st.by_id[sp.entity];
        if (r.entity.id.empty()) {
            r.entity.id = sp.entity;
            r.entity.kind = sp.kind;
            r.words = name_words(sp.name);
        }
        ++r.name_forms[sp.name];
        if (!sp.role.empty()) {
            auto& seen = r.entity.roles[sp.role];
            if (!doc.date.empty()) {
                if (seen.first.empty() || doc.date < seen.first) seen.first = doc.date;
                if (seen.last.empty() || doc.date > seen.last) seen.last = doc.date;
            }
        }
        ++r.entity.aliases[sp.name];
        if (sp.text != sp.name && !is_pronoun_text(sp.text)) ++r.entity.aliases[sp.text];
        ++r.entity.quotations;
        if (auto id = intern(doc.id); r.docs.empty() || r.docs.back() != id) r.docs.push_back(id);
        st.merged = false;
    }
}

std::string speaker_directory::canonical_id(std::string const& id) const {
    state_->merge();
    auto it = state_->canonical.find(id);
    return it == state_->canonical.end() ? id : it->second;
}

std::vector<speaker_entity> speaker_directory::entities(bool include_unnamed) const {
    auto const& st = *state_;
    st.merge();
    std::map<std::string, speaker_entity> merged;
    std::map<std::string, std::vector<word_view>> docs;
    for (auto const& [id, r] : st.by_id) {
        if (!include_unnamed && !is_named_kind(r.entity.kind)) continue;
        auto target = canonical_id(id);
        auto& e = merged[target];
        if (e.id.empty()) {
            e.id = target;
            e.kind = r.entity.kind;
        }
        if (id == target || e.name.empty()) e.name = state::best_name(r.name_forms); // the entity's own record names it
        for (auto const& [role, seen] : r.entity.roles) {
            auto& into = e.roles[role];
            if (into.first.empty() || (!seen.first.empty() && seen.first < into.first)) into.first = seen.first;
            if (seen.last > into.last) into.last = seen.last;
        }
        for (auto const& [alias, n] : r.entity.aliases) e.aliases[alias] += n;
        e.quotations += r.entity.quotations;
        auto& into = docs[target];
        into.insert(into.end(), r.docs.begin(), r.docs.end());
    }
    std::vector<speaker_entity> out;
    for (auto& [id, e] : merged) {
        e.aliases.erase(e.name);
        auto& seen = docs[id];
        std::sort(seen.begin(), seen.end(), [](word_view a, word_view b) { return a.id() < b.id(); });
        e.articles = static_cast<std::size_t>(std::unique(seen.begin(), seen.end()) - seen.begin());
        out.push_back(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(), [](auto const& a, auto const& b) {
        return a.quotations != b.quotations ? a.quotations > b.quotations : a.name < b.name;
    });
    return out;
}

} // namespace verbatim
