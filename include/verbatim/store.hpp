// verbatim/store.hpp — the claim history in SQLite: documents (with a content hash), their
// quotations, speakers and entities with aliases, claims with an index over their terms, and the
// relations found between claims. Ingest is incremental: an unchanged document is skipped, a
// changed one replaces its rows, and new claims are matched against the stored ones through the
// term index, never by a rescan of history.
//
//   verbatim::claim_store db{"verbatim.db", verbatim::store_mode::write};
//   if (db.unchanged(doc)) skip; else db.add(doc, quotes);   // per document
//   db.commit_batch();  /* every N documents */  db.finish();
//   db.for_each_document({}, [](auto const& doc, auto const& quotes) { ... });
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "verbatim/document.hpp"
#include "verbatim/quotation.hpp"
#include "verbatim/speakers.hpp"
#include "verbatim/tracker.hpp"

namespace verbatim {

/// A store that cannot be opened, is busy, or is of a newer schema: the message says which.
struct store_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

enum class store_mode { read, write };

/// What one ingest did.
struct store_stats {
    std::size_t added = 0, replaced = 0, unchanged = 0;
    std::size_t quotations = 0, claims = 0, relations = 0;
};

/// The schema version this build writes; older stores are migrated when opened for writing.
inline constexpr int store_schema_version = 3;

class claim_store {
public:
    /// Opens (for writing: creates and migrates) the store at `path`. WAL mode; a writer that
    /// finds another ingest writing waits up to `busy_ms`, then throws store_error.
    claim_store(std::string const& path, store_mode mode, int busy_ms = 10000);
    ~claim_store();
    claim_store(claim_store const&) = delete;
    claim_store& operator=(claim_store const&) = delete;

    /// Whether the store holds this document (same id) with the same content.
    bool unchanged(document const& doc);
    /// Stores a document and its quotations (replacing an older version with the same id), turns
    /// the quotations of named speakers into claims and matches them against the stored claims.
    /// Runs inside the current batch's transaction (opened on first use).
    void add(document const& doc, std::vector<quotation> const& quotes);
    /// Counts a document found unchanged.
    void skip() { ++stats_.unchanged; }
    /// Commits the current batch: everything added since the last commit, or nothing.
    void commit_batch();
    /// Commits and rebuilds the speakers and entities tables from the stored quotations.
    void finish(alias_table const& aliases = {});

    store_stats const& stats() const { return stats_; }

    /// Documents whose date is on or after `since` (all when empty), in date then id order, each
    /// with its stored quotations.
    void for_each_document(std::string const& since,
                           std::function<void(document const&, std::vector<quotation> const&)> const& use);
    /// The stored claims (dated on or after `since`) and the relations found among them.
    void load_claims(std::string const& since, std::vector<claim>& claims, std::vector<judged_pair>& pairs);
    std::size_t document_count();

private:
    bool same_version_stored(document const& doc);
    void remove_old_version(document const& doc);
    std::vector<std::pair<claim, std::int64_t>> insert_quotations(document const& doc, std::vector<quotation> const& quotes);
    std::vector<std::vector<std::pair<std::int64_t, judgement>>> match_stored(std::vector<std::pair<claim, std::int64_t>> const& fresh,
                                                                              void const* weight_context);
    std::vector<std::int64_t> insert_claims(std::vector<std::pair<claim, std::int64_t>> const& fresh);

    struct state;
    std::unique_ptr<state> state_;
    store_stats stats_;
};

} // namespace verbatim
