using Microsoft.EntityFrameworkCore.Design;

namespace Comptoir.Data;

public sealed class NpgsqlAppDbContext(DbContextOptions<NpgsqlAppDbContext> options) : AppDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Byte order makes the folded-name range scan (prefix search) and ORDER BY use one index.
        builder.Entity<Account>().Property(a => a.NameKey).UseCollation("C");
        builder.Entity<Account>().Property(a => a.CustomData).HasColumnType("jsonb");
        builder.Entity<Core.Contacts.Contact>().Property(c => c.NameKey).UseCollation("C");
        builder.Entity<Core.Contacts.Contact>().Property(c => c.CustomData).HasColumnType("jsonb");
        builder.Entity<Core.Accounting.LedgerAccount>().Property(l => l.Code).UseCollation("C");
        builder.Entity<Core.Accounting.LedgerAccount>().Property(l => l.LabelKey).UseCollation("C");
        builder.Entity<Core.Accounting.LedgerAccount>().Property(l => l.CustomData).HasColumnType("jsonb");
        builder.Entity<Core.Pricing.Product>().Property(p => p.Code).UseCollation("C");
        builder.Entity<Core.Pricing.Product>().Property(p => p.NameKey).UseCollation("C");
        builder.Entity<Core.Pricing.Product>().Property(p => p.CustomData).HasColumnType("jsonb");
        builder.Entity<Core.Pricing.PriceList>().Property(p => p.NameKey).UseCollation("C");
        builder.Entity<Core.Pricing.PriceList>().Property(p => p.CustomData).HasColumnType("jsonb");
        builder.Entity<Core.Pricing.PriceList>().Property(p => p.Lines).HasColumnType("jsonb");
        builder.Entity<Search.SearchTerm>().Property(t => t.Term).UseCollation("C");
    }
}

public sealed class NpgsqlDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlAppDbContext>
{
    public NpgsqlAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlAppDbContext>()
            .UseNpgsql("Host=localhost;Database=comptoir_design", o => o.MigrationsAssembly(typeof(NpgsqlAppDbContext).Assembly.FullName))
            .Options);
}
