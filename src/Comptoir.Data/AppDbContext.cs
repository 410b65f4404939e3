using Comptoir.Core.Pricing;
using Comptoir.Data.Accounting;
using Comptoir.Core.Teams;
using Comptoir.Data.Api;
using Comptoir.Data.Layout;
using Comptoir.Data.Numbering;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Comptoir.Data;

/// <summary>
/// The one model of Comptoir. Each provider has its own sealed subclass so that SQLite and
/// PostgreSQL keep their own migrations side by side.
/// </summary>
public abstract class AppDbContext : IdentityDbContext<AppUser, IdentityRole<int>, int>, IDataProtectionKeyContext
{
    /// <summary>Entities of modules registered with their own mapping (see Modules/ModuleModels); null for the standard model.</summary>
    private readonly Modules.ModuleModels? _modules;

    protected AppDbContext(DbContextOptions options) : base(options)
    {
        _modules = options.FindExtension<Modules.ModuleModels>();
        // EF would wrap each SaveChanges inside our transactions in a savepoint: two more statements each time,
        // under SQLite's write gate too. Nothing here goes on with a transaction after a failed save: it rolls back.
        Database.AutoSavepointsEnabled = false;
    }

    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Core.Contacts.Contact> Contacts => Set<Core.Contacts.Contact>();
    public DbSet<LedgerAccount> LedgerAccounts => Set<LedgerAccount>();
    public DbSet<LedgerCode> LedgerCodes => Set<LedgerCode>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<PriceList> PriceLists => Set<PriceList>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ModuleLayout> ModuleLayouts => Set<ModuleLayout>();
    public DbSet<LayoutChangeRecord> LayoutChanges => Set<LayoutChangeRecord>();
    public DbSet<History.RecordChange> RecordChanges => Set<History.RecordChange>();
    public DbSet<RecycleBin.RecycleBinEntry> RecycleBin => Set<RecycleBin.RecycleBinEntry>();
    public DbSet<Search.SearchTerm> SearchTerms => Set<Search.SearchTerm>();
    public DbSet<Jobs.Job> Jobs => Set<Jobs.Job>();
    public DbSet<Imports.ImportRun> Imports => Set<Imports.ImportRun>();
    public DbSet<Imports.ImportChunk> ImportChunks => Set<Imports.ImportChunk>();
    public DbSet<Duplicates.DuplicateGroup> DuplicateGroups => Set<Duplicates.DuplicateGroup>();

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Every save keeps the search index in step with the records it writes (see <see cref="Search.SearchIndexer"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = Search.SearchIndexer.Collect(this);
        if (pending is null) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // Outside a transaction of the caller's, the records and their terms are written in one of their own.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await pending.WriteAsync(this, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Namespace == typeof(AppDbContext).Namespace + ".Configurations");
        CustomFields.CustomFieldFunctions.Register(builder, this);
        _modules?.Apply(builder, Provider);
    }
}

public enum DatabaseProvider { Sqlite, Postgres }
