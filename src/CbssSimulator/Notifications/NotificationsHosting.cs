using CbssSimulator.Sandboxes;

namespace CbssSimulator.Notifications;

/// <summary>
/// Applies a sandbox's due life events before and after each call of that sandbox (docs/decisions.md, "Notifications
/// and CPAS Online"): a SOAP call, an admin read or a clock change sees the registry as of its date, and the
/// notifications made go out. Placed after <see cref="SandboxMiddleware"/>, inside the call's lease.
/// </summary>
public sealed class DueEventsMiddleware(RequestDelegate next, NotificationDelivery delivery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/admin/sandboxes", StringComparison.Ordinal))
        {
            await next(context); // create, delete, reset: no lease is held, the sandbox may be changing
            return;
        }

        var sandbox = context.RequestServices.GetRequiredService<CurrentSandbox>().Sandbox;
        delivery.Deliver(sandbox, EventEngine.ApplyDue(sandbox));
        await next(context);
        delivery.Deliver(sandbox, EventEngine.ApplyDue(sandbox));
    }
}

/// <summary>The notifications' registrations: options, the named HTTP client, the delivery.</summary>
public static class NotificationsHosting
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration("Notifications").ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(NotificationDelivery.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan); // the delivery's own timeout per try
        services.AddSingleton<NotificationDelivery>();
        services.AddScoped(sp => new NotificationStore(sp.GetRequiredService<Sandbox>().Database));
        services.AddScoped(sp => new CpasOnline.CpasOnlineStore(sp.GetRequiredService<Sandbox>().Database));
        return services;
    }

    public static void MapNotifications(WebApplication app)
    {
        NotificationApi.Map(app);
        CpasOnline.CitizenPage.Map(app);
        CpasOnline.CpasOnlineApi.Map(app);
    }
}
