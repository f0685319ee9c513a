package id.simonev.platform.ratelimit;

import io.netty.util.NetUtil;
import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.HttpServerRequest;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Counts each request to a {@link RateLimited} operation against the limit of its client. The
 * client is the address the request came from; behind a trusted proxy, an operator turns on
 * {@code quarkus.http.proxy.proxy-address-forwarding} and Quarkus gives the address the proxy
 * forwards. Forwarding headers are never read here: a client could write any address in them.
 */
class ClientAddressLimit {

    /** The length of an IPv6 network prefix: a single subscriber is given a whole /64 to pick addresses from. */
    private static final int IPV6_SUBSCRIBER_BYTES = 8;

    private final RateLimits rateLimits;

    ClientAddressLimit(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    @RateLimited
    @ServerRequestFilter
    void count(HttpServerRequest request) {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new IllegalStateException("A @RateLimited operation must be blocking: " + request.path()
                    + " runs on the event loop");
        }
        rateLimits.checkClient(request.remoteAddress());
    }

    /**
     * The key of a client: an IPv4 address as it is, an IPv6 one by its /64 network, since a
     * subscriber may use any address of it; a host that is not an address literal (an obfuscated
     * identifier a proxy forwards) as it is.
     */
    static String clientOf(String host) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(host);
        if (bytes == null) {
            return host;
        }
        try {
            // Also turns an IPv4-mapped IPv6 address (::ffff:203.0.113.7) into the IPv4 one.
            InetAddress address = InetAddress.getByAddress(bytes);
            if (address instanceof Inet4Address) {
                return address.getHostAddress();
            }
            byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, IPV6_SUBSCRIBER_BYTES), bytes.length);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Not an IP address: " + host, e);
        }
    }
}
