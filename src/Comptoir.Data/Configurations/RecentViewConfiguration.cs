using Comptoir.Data.Home;

namespace Comptoir.Data.Configurations;

public sealed class RecentViewConfiguration : IEntityTypeConfiguration<RecentView>
{
    public void Configure(EntityTypeBuilder<RecentView> builder)
    {
        builder.ToTable("RecentViews");
        builder.Property(v => v.Module).HasMaxLength(64);
        // One row per user and record: opening it again moves it up (the upsert's conflict target).
        builder.HasIndex(v => new { v.UserId, v.Module, v.RecordId }).IsUnique();
        // A user's latest views, newest first, and the cap's trim: one index range.
        builder.HasIndex(v => new { v.UserId, v.ViewedAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
