using Comptoir.Core.Pricing;

namespace Comptoir.Data.Configurations;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Ignore(p => p.Number);
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.NameKey).HasMaxLength(100);
        builder.Property(p => p.Unit).HasMaxLength(20);
        builder.Property(p => p.VatRate).HasMaxLength(8);
        builder.Property(p => p.UnitPrice).HasPrecision(18, 2);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.NameKey, p.Id });
        builder.HasIndex(p => new { p.Unit, p.Id });
    }
}

public sealed class PriceListConfiguration : IEntityTypeConfiguration<PriceList>
{
    public void Configure(EntityTypeBuilder<PriceList> builder)
    {
        builder.Ignore(p => p.Number);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.NameKey).HasMaxLength(100);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.NameKey, p.Id });
        builder.HasIndex(p => new { p.Currency, p.Id });
    }
}
