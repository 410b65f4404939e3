namespace Comptoir.Data.Configurations;

public sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.HasIndex(a => a.Number).IsUnique();
        builder.Property(a => a.Number).HasMaxLength(32);
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.NameKey).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.AnnualRevenue).HasPrecision(18, 2);
        // In the recycle bin: absent from every query (lists, search, pickers, references, API) unless IgnoreQueryFilters.
        builder.HasQueryFilter(a => a.DeletedAt == null);

        // Every list column gets (column, Id) so sorting and keyset paging seek instead of scanning.
        builder.HasIndex(a => new { a.NameKey, a.Id });
        builder.HasIndex(a => new { a.BillingCity, a.Id });
        builder.HasIndex(a => new { a.Website, a.Id });
        builder.HasIndex(a => new { a.Phone, a.Id });
        builder.HasIndex(a => new { a.AssigneeName, a.Id });
        builder.HasIndex(a => a.Siret);
        builder.HasIndex(a => a.Email);

        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.ParentAccountId).OnDelete(DeleteBehavior.SetNull);
        // Most accounts have no parent: a full index's statistics then say "every key matches every row" and
        // SQLite scans a million rows to count subsidiaries. Indexing only the accounts that have a parent keeps
        // the lookup a seek (an equality implies NOT NULL, so the planner may use it).
        builder.HasIndex(a => a.ParentAccountId).HasFilter("\"ParentAccountId\" IS NOT NULL");
        builder.HasOne<Core.Accounting.LedgerAccount>().WithMany().HasForeignKey(a => a.LedgerAccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Core.Pricing.PriceList>().WithMany().HasForeignKey(a => a.PriceListId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.AssignedUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Teams.Team>().WithMany().HasForeignKey(a => a.AssignedTeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
