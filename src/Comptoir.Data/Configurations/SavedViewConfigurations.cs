using Comptoir.Data.Views;

namespace Comptoir.Data.Configurations;

public sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> builder)
    {
        builder.ToTable("SavedViews");
        builder.Property(v => v.Module).HasMaxLength(64);
        builder.Property(v => v.Name).HasMaxLength(SavedViewStore.MaxNameLength);
        builder.Property(v => v.Query).HasMaxLength(SavedViewStore.MaxQueryLength);
        // The selector's two reads: a user's own views of a module, and the module's shared ones.
        builder.HasIndex(v => new { v.Module, v.OwnerId });
        builder.HasIndex(v => new { v.Module, v.Shared });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SavedViewDefaultConfiguration : IEntityTypeConfiguration<SavedViewDefault>
{
    public void Configure(EntityTypeBuilder<SavedViewDefault> builder)
    {
        builder.ToTable("SavedViewDefaults");
        builder.HasKey(d => new { d.UserId, d.Module });
        builder.Property(d => d.Module).HasMaxLength(64);
        builder.HasIndex(d => d.ViewId);
        // A deleted view is nobody's default any more.
        builder.HasOne<SavedView>().WithMany().HasForeignKey(d => d.ViewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
