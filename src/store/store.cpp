// store/store.cpp — the claim history in SQLite (SQLiteCpp). One transaction per batch of
// documents; WAL mode so that readers run while an ingest writes; foreign keys with cascades
// so that replacing a document removes its quotations, claims, terms and relations at once.
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <fmt/format.h>

#include "verbatim/store.hpp"

#include "track/candidates.hpp"

namespace verbatim {
namespace {

/// Schema steps: entry k takes a store from version k to k + 1.
constexpr char const* migrations[] = {
    R"sql(
CREATE TABLE documents(id TEXT PRIMARY KEY, hash TEXT NOT NULL, date TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT '', line INTEGER NOT NULL DEFAULT 0,
  body_begin INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL);
CREATE INDEX documents_date ON documents(date, id);
CREATE TABLE quotations(id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, n INTEGER NOT NULL,
  kind TEXT NOT NULL, spans TEXT NOT NULL, quoted TEXT NOT NULL, cue_text TEXT, cue_begin INTEGER, cue_end INTEGER,
  speaker_text TEXT, speaker_begin INTEGER, speaker_end INTEGER, speaker_name TEXT, speaker_role TEXT, speaker_kind TEXT,
  speaker_entity TEXT);
CREATE INDEX quotations_doc ON quotations(doc, n);
CREATE TABLE claims(id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  quotation INTEGER NOT NULL REFERENCES quotations(id) ON DELETE CASCADE, date TEXT NOT NULL, entity TEXT NOT NULL,
  speaker TEXT NOT NULL, kind TEXT NOT NULL, form_kind TEXT NOT NULL, at INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX claims_doc ON claims(doc);
CREATE INDEX claims_quotation ON claims(quotation);
CREATE TABLE claim_terms(term TEXT NOT NULL, claim INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE);
CREATE INDEX claim_terms_term ON claim_terms(term);
CREATE INDEX claim_terms_claim ON claim_terms(claim);
CREATE TABLE relations(a INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE, b INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  relation TEXT NOT NULL, rule TEXT NOT NULL, reasons TEXT NOT NULL, similarity REAL NOT NULL, PRIMARY KEY(a, b));
CREATE INDEX relations_b ON relations(b);
CREATE TABLE entities(id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, quotations INTEGER NOT NULL, articles INTEGER NOT NULL);
CREATE TABLE entity_aliases(entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE, alias TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY(entity, alias));
CREATE TABLE entity_roles(entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE, role TEXT NOT NULL, first TEXT NOT NULL,
  last TEXT NOT NULL, PRIMARY KEY(entity, role));
CREATE TABLE speakers(mention TEXT PRIMARY KEY, entity TEXT NOT NULL);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql",
    // 2: what kind of saying each quotation is, how its speaker is written, and how far to trust
    // it. Rows stored before keep NULL there (read back as not recorded, the cue's class read from
    // its words); the documents' hashes are cleared so the next ingest analyses each again.
    R"sql(
ALTER TABLE quotations ADD COLUMN cue_class TEXT;
ALTER TABLE quotations ADD COLUMN speaker_mention TEXT;
ALTER TABLE quotations ADD COLUMN confidence REAL;
UPDATE documents SET hash = '';
)sql",
    // 3: whether a claim is a turn of an interview transcript (claim::turn). Rows stored before
    // read back as no turn; the documents' hashes are cleared so the next ingest analyses each
    // again.
    R"sql(
ALTER TABLE claims ADD COLUMN turn INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET hash = '';
)sql",
};
constexpr int migration_count = static_cast<int>(std::size(migrations));
static_assert(migration_count == store_schema_version);

/// FNV-1a 64 over the fields that make a document what it is.
std::string content_hash(document const& d) {
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ULL;
        }
        h ^= 0xFF; // field separator
        h *= 1099511628211ULL;
    };
    mix(d.date);
    mix(d.title);
    mix(d.source);
    mix(d.url);
    mix(d.text);
    return fmt::format("{:016x}", h);
}

std::string spans_text(std::vector<text_span> const& spans) {
    std::string s;
    for (auto const& sp : spans) s += fmt::format("{}{}:{}", s.empty() ? "" : ",", sp.begin, sp.end);
    return s;
}

std::vector<text_span> parse_spans(std::string const& s) {
    std::vector<text_span> out;
    std::size_t i = 0;
    while (i < s.size()) {
        auto colon = s.find(':', i);
        if (colon == std::string::npos) break;
        auto comma = s.find(',', colon);
        if (comma == std::string::npos) comma = s.size();
        out.push_back({std::stoull(s.substr(i, colon - i)), std::stoull(s.substr(colon + 1, comma - colon - 1))});
        i = comma + 1;
    }
    return out;
}





/// The columns a claim is read back from (claims `c` joined with documents `d`), in read_claim's order.
constexpr std::string_view claim_columns = "c.doc, c.date, c.entity, c.speaker, c.kind, c.form_kind, c.at, c.text, d.title, "
                                           "(SELECT cue_text FROM quotations WHERE id = c.quotation), d.url, c.turn";

/// A stored claim from the row of a query selecting claim_columns from column `first` on,
/// with its normal form worked out again.
claim read_claim(SQLite::Statement& q, int first) {
    claim c;
    c.doc = intern(q.getColumn(first).getString());
    c.date = intern(q.getColumn(first + 1).getString());
    c.entity = intern(q.getColumn(first + 2).getString());
    c.speaker = intern(q.getColumn(first + 3).getString());
    c.kind = parse_speaker_kind(q.getColumn(first + 4).getString());
    c.form_kind = parse_quote_kind(q.getColumn(first + 5).getString());
    c.at = static_cast<std::size_t>(q.getColumn(first + 6).getInt64());
    c.text = q.getColumn(first + 7).getString();
    c.title = intern(q.getColumn(first + 8).getString());
    if (!q.getColumn(first + 9).isNull()) c.cue = intern(q.getColumn(first + 9).getString());
    c.url = intern(q.getColumn(first + 10).getString());
    c.turn = q.getColumn(first + 11).getInt() != 0;
    c.cue_says = meaning_of_cue(c.cue.view()); // (the store keeps the cue as written)
    c.form = analyse_claim(c.text, c.cue.view(), c.cue_says);
    return c;
}

std::string join_lines(std::vector<std::string> const& v) {
    std::string s;
    for (auto const& x : v) s += (s.empty() ? "" : "\n") + x;
    return s;
}

std::vector<std::string> split_lines(std::string const& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i <= s.size() && !s.empty()) {
        auto nl = s.find('\n', i);
        out.push_back(s.substr(i, nl == std::string::npos ? std::string::npos : nl - i));
        if (nl == std::string::npos) break;
        i = nl + 1;
    }
    return out;
}

} // namespace

struct claim_store::state {
    std::string path;
    SQLite::Database db;
    bool in_batch = false;
    std::size_t claim_count = 0;
    std::unordered_map<std::string, std::size_t> df_cache; // per batch
    std::unordered_map<std::int64_t, claim> claim_cache;   // stored claims read back, per batch
    std::unique_ptr<SQLite::Statement> df_query;

    state(std::string const& p, int flags, int busy_ms) : path(p), db(p, flags, busy_ms) {}

    void begin() {
        if (in_batch) return;
        db.exec("BEGIN IMMEDIATE");
        in_batch = true;
    }
    void commit() {
        if (!in_batch) return;
        db.exec("COMMIT");
        in_batch = false;
        df_cache.clear();
        claim_cache.clear();
    }

    std::size_t df(std::string const& term) {
        if (auto it = df_cache.find(term); it != df_cache.end()) return it->second;
        if (!df_query) df_query = std::make_unique<SQLite::Statement>(db, "SELECT COUNT(*) FROM claim_terms WHERE term = ?");
        auto& q = *df_query;
        q.reset();
        q.bind(1, term);
        q.executeStep();
        auto n = static_cast<std::size_t>(q.getColumn(0).getInt64());
        df_cache[term] = n;
        return n;
    }
};

namespace {

/// The message for an SQLite failure, naming the file and what to do.
[[noreturn]] void rethrow(std::string const& path, SQLite::Exception const& e) {
    int code = e.getErrorCode() & 0xFF;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        throw store_error(fmt::format("{}: the store is busy (another ingest is writing it); try again when it has finished", path));
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
        throw store_error(fmt::format("{}: not a Verbatim store (or damaged): {}", path, e.what()));
    throw store_error(fmt::format("{}: {}", path, e.what()));
}

} // namespace

claim_store::claim_store(std::string const& path, store_mode mode, int busy_ms) {
    try {
        int flags = mode == store_mode::write ? (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE) : SQLite::OPEN_READONLY;
        state_ = std::make_unique<state>(path, flags, busy_ms);
        auto& db = state_->db;
        db.exec("PRAGMA foreign_keys = ON");
        int version = db.execAndGet("PRAGMA user_version").getInt();
        if (version > store_schema_version)
            throw store_error(fmt::format("{}: made by a newer Verbatim (schema {}, this one reads up to {})", path, version,
                                          store_schema_version));
        if (mode == store_mode::read) {
            if (version < store_schema_version)
                throw store_error(fmt::format("{}: schema {} is older than this Verbatim's ({}); run `verbatim ingest --db {}` to migrate it",
                                              path, version, store_schema_version, path));
            return;
        }
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = NORMAL");
        if (version < store_schema_version) {
            db.exec("BEGIN IMMEDIATE");
            // Another ingest may have migrated it meanwhile.
            version = db.execAndGet("PRAGMA user_version").getInt();
            for (int v = version; v < store_schema_version; ++v) db.exec(migrations[v]);
            db.exec(fmt::format("PRAGMA user_version = {}", store_schema_version));
            db.exec("COMMIT");
        }
        state_->claim_count = static_cast<std::size_t>(db.execAndGet("SELECT COUNT(*) FROM claims").getInt64());
    } catch (SQLite::Exception const& e) {
        rethrow(path, e);
    }
}

claim_store::~claim_store() {
    if (state_ && state_->in_batch) {
        try {
            state_->db.exec("ROLLBACK");
        } catch (...) {
        }
    }
}

bool claim_store::unchanged(document const& doc) {
    try {
        SQLite::Statement q(state_->db, "SELECT hash FROM documents WHERE id = ?");
        q.bind(1, doc.id);
        return q.executeStep() && q.getColumn(0).getString() == content_hash(doc);
    } catch (SQLite::Exception const& e) {
        rethrow(state_->path, e);
    }
}

namespace {

/// A claim of the article being added, with the id of its stored quotation.
using fresh_claims = std::vector<std::pair<claim, std::int64_t>>;

/// Rarity of a term among the stored claims (and the new ones), for the term weights.
struct idf_context {
    std::function<std::size_t(std::string const&)> df;
    double n;
};

double store_weight(std::string_view term, void const* p) {
    auto const& c = *static_cast<idf_context const*>(p);
    auto df = c.df(std::string(term));
    return std::log(1.0 + c.n / static_cast<double>(std::max<std::size_t>(df, 1)));
}

void insert_document(SQLite::Database& db, document const& doc) {
    SQLite::Statement ins(db, "INSERT INTO documents(id, hash, date, title, source, url, origin, line, body_begin, text) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, doc.id);
    ins.bind(2, content_hash(doc));
    ins.bind(3, doc.date);
    ins.bind(4, doc.title);
    ins.bind(5, doc.source);
    ins.bind(6, doc.url);
    ins.bind(7, doc.origin);
    ins.bind(8, static_cast<std::int64_t>(doc.line));
    ins.bind(9, static_cast<std::int64_t>(doc.body_begin));
    ins.bind(10, doc.text);
    ins.exec();
}

} // namespace

bool claim_store::same_version_stored(document const& doc) {
    SQLite::Statement same(state_->db, "SELECT hash FROM documents WHERE id = ?");
    same.bind(1, doc.id);
    return same.executeStep() && same.getColumn(0).getString() == content_hash(doc);
}

void claim_store::remove_old_version(document const& doc) {
    auto& st = *state_;
    // A changed document replaces its old rows (cascading to quotations, claims, relations).
    SQLite::Statement old(st.db, "SELECT COUNT(*) FROM claims WHERE doc = ?");
    old.bind(1, doc.id);
    old.executeStep();
    auto old_claims = static_cast<std::size_t>(old.getColumn(0).getInt64());
    SQLite::Statement del(st.db, "DELETE FROM documents WHERE id = ?");
    del.bind(1, doc.id);
    if (del.exec() > 0) {
        ++stats_.replaced;
        st.claim_count -= std::min(st.claim_count, old_claims);
        st.df_cache.clear();
        st.claim_cache.clear();
    } else {
        ++stats_.added;
    }
}

std::vector<std::pair<claim, std::int64_t>> claim_store::insert_quotations(document const& doc, std::vector<quotation> const& quotes) {
    SQLite::Statement iq(state_->db, "INSERT INTO quotations(doc, n, kind, spans, quoted, cue_text, cue_begin, cue_end, speaker_text, "
                                     "speaker_begin, speaker_end, speaker_name, speaker_role, speaker_kind, speaker_entity, "
                                     "cue_class, speaker_mention, confidence) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    fresh_claims fresh; // new claims and their quotation id
    for (std::size_t n = 0; n < quotes.size(); ++n) {
        auto const& q = quotes[n];
        iq.reset();
        iq.clearBindings();
        iq.bind(1, doc.id);
        iq.bind(2, static_cast<std::int64_t>(n));
        iq.bind(3, std::string(to_string(q.kind)));
        iq.bind(4, spans_text(q.spans));
        iq.bind(5, spans_text(q.quoted));
        if (q.cue) {
            iq.bind(6, q.cue->text);
            iq.bind(7, static_cast<std::int64_t>(q.cue->span.begin));
            iq.bind(8, static_cast<std::int64_t>(q.cue->span.end));
            iq.bind(16, std::string(to_string(q.cue->meaning.kind)));
        }
        if (q.speaker) {
            iq.bind(9, q.speaker->text);
            iq.bind(10, static_cast<std::int64_t>(q.speaker->span.begin));
            iq.bind(11, static_cast<std::int64_t>(q.speaker->span.end));
            iq.bind(12, q.speaker->name);
            iq.bind(13, q.speaker->role);
            iq.bind(14, std::string(to_string(q.speaker->kind)));
            iq.bind(15, q.speaker->entity);
            iq.bind(17, std::string(to_string(q.speaker->mention)));
        }
        if (q.confidence) iq.bind(18, *q.confidence);
        iq.exec();
        ++stats_.quotations;
        auto qid = state_->db.getLastInsertRowid();
        for (auto& c : claims_of(doc, q)) fresh.emplace_back(std::move(c), qid);
    }
    return fresh;
}

std::vector<std::vector<std::pair<std::int64_t, judgement>>> claim_store::match_stored(
    std::vector<std::pair<claim, std::int64_t>> const& fresh, void const* weight_context) {
    auto& st = *state_;
    // (the blocking of the one-shot tracker, track/candidates.hpp, over the stored postings: a
    // term's claims are the stored ones and this one)
    auto df_with_this = [&](word_view term) { return st.df(std::string(term)) + 1; };
    SQLite::Statement posting(st.db, "SELECT claim FROM claim_terms WHERE term = ?");
    SQLite::Statement load(st.db, fmt::format("SELECT {} FROM claims c JOIN documents d ON d.id = c.doc WHERE c.id = ?", claim_columns));
    std::vector<std::vector<std::pair<std::int64_t, judgement>>> found(fresh.size());
    std::vector<word_view> rarest;
    for (std::size_t k = 0; k < fresh.size(); ++k) {
        auto const& c = fresh[k].first;
        std::unordered_map<std::int64_t, double> shared;
        std::vector<std::int64_t> touched;
        track::choose_blocking_terms(c.form.terms(), df_with_this, rarest);
        for (auto const& term : rarest) {
            std::string const t(term);
            double w = store_weight(t, weight_context);
            posting.reset();
            posting.bind(1, t);
            while (posting.executeStep()) {
                auto id = posting.getColumn(0).getInt64();
                auto& sw = shared[id];
                if (sw == 0) touched.push_back(id);
                sw += w;
            }
        }
        track::keep_heaviest(touched, [&](std::int64_t id) { return shared[id]; }, [](std::int64_t) {});
        std::sort(touched.begin(), touched.end());
        for (auto id : touched) {
            auto old = st.claim_cache.find(id);
            if (old == st.claim_cache.end()) {
                load.reset();
                load.bind(1, id);
                if (!load.executeStep()) continue;
                old = st.claim_cache.emplace(id, read_claim(load, 0)).first;
            }
            if (auto p = judge_pair(old->second, c, 0, 1, store_weight, weight_context)) found[k].emplace_back(id, p->verdict);
        }
    }
    return found;
}

std::vector<std::int64_t> claim_store::insert_claims(std::vector<std::pair<claim, std::int64_t>> const& fresh) {
    auto& st = *state_;
    SQLite::Statement ic(st.db, "INSERT INTO claims(doc, quotation, date, entity, speaker, kind, form_kind, at, text, turn) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement it(st.db, "INSERT INTO claim_terms(term, claim) VALUES (?, ?)");
    std::vector<std::int64_t> ids;
    for (auto const& [c, qid] : fresh) {
        ic.reset();
        ic.bind(1, std::string(c.doc.view()));
        ic.bind(2, qid);
        ic.bind(3, std::string(c.date.view()));
        ic.bind(4, std::string(c.entity.view()));
        ic.bind(5, std::string(c.speaker.view()));
        ic.bind(6, std::string(to_string(c.kind)));
        ic.bind(7, std::string(to_string(c.form_kind)));
        ic.bind(8, static_cast<std::int64_t>(c.at));
        ic.bind(9, c.text);
        ic.bind(10, c.turn ? 1 : 0);
        ic.exec();
        auto id = st.db.getLastInsertRowid();
        ids.push_back(id);
        for (auto const& term : c.form.terms()) {
            std::string const t(term);
            it.reset();
            it.bind(1, t);
            it.bind(2, id);
            it.exec();
            if (auto f = st.df_cache.find(t); f != st.df_cache.end()) ++f->second;
        }
        ++st.claim_count;
        ++stats_.claims;
    }
    return ids;
}

void claim_store::add(document const& doc, std::vector<quotation> const& quotes) {
    auto& st = *state_;
    try {
        st.begin();
        // Another ingest may have stored this very version since we looked.
        if (same_version_stored(doc)) {
            ++stats_.unchanged;
            return;
        }
        remove_old_version(doc);
        insert_document(st.db, doc);
        auto fresh = insert_quotations(doc, quotes);
        // Match each new claim against the stored ones through the term index.
        idf_context ctx{[&st](std::string const& t) { return st.df(t); }, static_cast<double>(st.claim_count + fresh.size())};
        auto found = match_stored(fresh, &ctx);
        // Store the new claims and their terms, then the relations.
        auto ids = insert_claims(fresh);
        SQLite::Statement ir(st.db, "INSERT OR REPLACE INTO relations(a, b, relation, rule, reasons, similarity) VALUES (?, ?, ?, ?, ?, ?)");
        auto put = [&](std::int64_t a, std::int64_t b, judgement const& v) {
            ir.reset();
            ir.bind(1, a);
            ir.bind(2, b);
            ir.bind(3, std::string(to_string(v.rel)));
            ir.bind(4, v.rule);
            ir.bind(5, join_lines(v.reasons));
            ir.bind(6, v.similarity);
            ir.exec();
            ++stats_.relations;
        };
        for (std::size_t k = 0; k < fresh.size(); ++k)
            for (auto const& [old_id, v] : found[k]) put(old_id, ids[k], v);
        // The article's own claims meet each other.
        for (std::size_t i = 0; i < fresh.size(); ++i)
            for (std::size_t j = i + 1; j < fresh.size() && j <= i + track::same_article_window; ++j)
                if (auto p = judge_pair(fresh[i].first, fresh[j].first, i, j, store_weight, &ctx)) put(ids[i], ids[j], p->verdict);
        SQLite::Statement stale(st.db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('entities', 'stale')");
        stale.exec();
    } catch (SQLite::Exception const& e) {
        rethrow(st.path, e);
    }
}

void claim_store::commit_batch() {
    try {
        state_->commit();
    } catch (SQLite::Exception const& e) {
        rethrow(state_->path, e);
    }
}

void claim_store::finish(alias_table const& aliases) {
    try {
        state_->commit();
        auto& db = state_->db;
        {
            // Rebuilt only when an ingest changed something since the last rebuild (or died before it).
            SQLite::Statement q(db, "SELECT value FROM meta WHERE key = 'entities'");
            std::string flag;
            if (q.executeStep()) flag = q.getColumn(0).getString();
            if (flag != "stale") return;
        }
        // Speakers and entities, merged over every stored quotation (no article is read again).
        speaker_directory directory(aliases);
        std::map<std::string, int> mentions;
        for_each_document({}, [&](document const& doc, std::vector<quotation> const& quotes) {
            std::vector<quotation> copy = quotes;
            directory.add(doc, copy);
            for (auto const& q : quotes)
                if (q.speaker) mentions[q.speaker->entity] = 1;
        });
        state_->begin();
        db.exec("DELETE FROM entity_aliases; DELETE FROM entity_roles; DELETE FROM entities; DELETE FROM speakers");
        SQLite::Statement ie(db, "INSERT INTO entities(id, name, kind, quotations, articles) VALUES (?, ?, ?, ?, ?)");
        SQLite::Statement ia(db, "INSERT INTO entity_aliases(entity, alias, count) VALUES (?, ?, ?)");
        SQLite::Statement ir(db, "INSERT INTO entity_roles(entity, role, first, last) VALUES (?, ?, ?, ?)");
        SQLite::Statement is(db, "INSERT INTO speakers(mention, entity) VALUES (?, ?)");
        for (auto const& e : directory.entities(true)) {
            ie.reset();
            ie.bind(1, e.id);
            ie.bind(2, e.name);
            ie.bind(3, std::string(to_string(e.kind)));
            ie.bind(4, static_cast<std::int64_t>(e.quotations));
            ie.bind(5, static_cast<std::int64_t>(e.articles));
            ie.exec();
            for (auto const& [alias, count] : e.aliases) {
                ia.reset();
                ia.bind(1, e.id);
                ia.bind(2, alias);
                ia.bind(3, static_cast<std::int64_t>(count));
                ia.exec();
            }
            for (auto const& [role, seen] : e.roles) {
                ir.reset();
                ir.bind(1, e.id);
                ir.bind(2, role);
                ir.bind(3, seen.first);
                ir.bind(4, seen.last);
                ir.exec();
            }
        }
        for (auto const& [mention, unused] : mentions) {
            is.reset();
            is.bind(1, mention);
            is.bind(2, directory.canonical_id(mention));
            is.exec();
        }
        db.exec("INSERT OR REPLACE INTO meta(key, value) VALUES ('entities', 'fresh')");
        state_->commit();
    } catch (SQLite::Exception const& e) {
        rethrow(state_->path, e);
    }
}

std::size_t claim_store::document_count() {
    try {
        return static_cast<std::size_t>(state_->db.execAndGet("SELECT COUNT(*) FROM documents").getInt64());
    } catch (SQLite::Exception const& e) {
        rethrow(state_->path, e);
    }
}

void claim_store::for_each_document(std::string const& since,
                                    std::function<void(document const&, std::vector<quotation> const&)> const& use) {
    try {
        auto& db = state_->db;
        SQLite::Statement docs(db, "SELECT id, date, title, source, url, origin, line, body_begin, text FROM documents "
                                   "WHERE date >= ? ORDER BY date, id");
        docs.bind(1, since);
        SQLite::Statement qs(db, "SELECT kind, spans, quoted, cue_text, cue_begin, cue_end, speaker_text, speaker_begin, speaker_end, "
                                 "speaker_name, speaker_role, speaker_kind, speaker_entity, cue_class, speaker_mention, confidence "
                                 "FROM quotations WHERE doc = ? ORDER BY n");
        while (docs.executeStep()) {
            document d;
            d.id = docs.getColumn(0).getString();
            d.date = docs.getColumn(1).getString();
            d.title = docs.getColumn(2).getString();
            d.source = docs.getColumn(3).getString();
            d.url = docs.getColumn(4).getString();
            d.origin = docs.getColumn(5).getString();
            d.line = static_cast<std::size_t>(docs.getColumn(6).getInt64());
            d.body_begin = static_cast<std::size_t>(docs.getColumn(7).getInt64());
            d.text = docs.getColumn(8).getString();
            std::vector<quotation> quotes;
            qs.reset();
            qs.bind(1, d.id);
            while (qs.executeStep()) {
                quotation q;
                q.kind = parse_quote_kind(qs.getColumn(0).getString());
                q.spans = parse_spans(qs.getColumn(1).getString());
                q.quoted = parse_spans(qs.getColumn(2).getString());
                if (!qs.getColumn(3).isNull())
                    q.cue = speech_cue{{static_cast<std::size_t>(qs.getColumn(4).getInt64()), static_cast<std::size_t>(qs.getColumn(5).getInt64())},
                                       qs.getColumn(3).getString(), meaning_of_cue(qs.getColumn(3).getString())};
                if (q.cue && !qs.getColumn(13).isNull()) q.cue->meaning.kind = parse_cue_class(qs.getColumn(13).getString());
                if (!qs.getColumn(6).isNull()) {
                    speaker_mention m;
                    m.text = qs.getColumn(6).getString();
                    m.span = {static_cast<std::size_t>(qs.getColumn(7).getInt64()), static_cast<std::size_t>(qs.getColumn(8).getInt64())};
                    m.name = qs.getColumn(9).getString();
                    m.role = qs.getColumn(10).getString();
                    m.kind = parse_speaker_kind(qs.getColumn(11).getString());
                    m.entity = qs.getColumn(12).getString();
                    if (!qs.getColumn(14).isNull()) m.mention = parse_mention_kind(qs.getColumn(14).getString());
                    q.speaker = std::move(m);
                }
                if (!qs.getColumn(15).isNull()) q.confidence = qs.getColumn(15).getDouble();
                quotes.push_back(std::move(q));
            }
            use(d, quotes);
        }
    } catch (SQLite::Exception const& e) {
        rethrow(state_->path, e);
    }
}

void claim_store::load_claims(std::string const& since, std::vector<claim>& claims, std::vector<judged_pair>& pairs) {
    try {
        auto& db = state_->db;
        std::unordered_map<std::int64_t, std::size_t> index;
        SQLite::Statement q(db, fmt::format("SELECT c.id, {} FROM claims c JOIN documents d ON d.id = c.doc "
                                            "WHERE c.date >= ? ORDER BY c.id",
                                            claim_columns));
        q.bind(1, since);
        while (q.executeStep()) {
            index[q.getColumn(0).getInt64()] = claims.size();
            claims.push_back(read_claim(q, 1));
        }
        SQLite::Statement r(db, "SELECT a, b, relation, rule, reasons, similarity FROM relations ORDER BY a, b");
        while (r.executeStep()) {
            auto a = index.find(r.getColumn(0).getInt64());
            auto b = index.find(r.getColumn(1).getInt64());
            if (a == index.end() || b == index.end()) continue;
            judged_pair p;
            p.a = a->second;
            p.b = b->second;
            p.verdict.rel = parse_relation(r.getColumn(2).getString());
            p.verdict.rule = r.getColumn(3).getString();
            p.verdict.reasons = split_lines(r.getColumn(4).getString());
            p.verdict.similarity = r.getColumn(5).getDouble();
            pairs.push_back(std::move(p));
        }
    } catch (SQLite::Exception const& e) {
        rethrow(state_->path, e);
    }
}

} // namespace verbatim
