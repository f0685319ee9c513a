package id.simonev.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which clients share the count of an address. */
class ClientAddressLimitTests {

    @Test
    void anIpv4ClientIsItsAddress() {
        assertEquals("203.0.113.7", ClientAddressLimit.clientOf("203.0.113.7"));
        assertEquals("203.0.113.7", ClientAddressLimit.clientOf("::ffff:203.0.113.7"));
    }

    @Test
    void anIpv6ClientIsItsSubscribersNetwork() {
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddressLimit.clientOf("2001:db8:1:2::1"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddressLimit.clientOf("2001:db8:1:2:abcd:ef01:2345:6789"));
        assertEquals("2001:db8:1:3:0:0:0:0/64", ClientAddressLimit.clientOf("[2001:db8:1:3::1]"));
    }

    @Test
    void aForwardedIdentifierThatIsNoAddressIsKeptAsItIs() {
        assertEquals("_hidden", ClientAddressLimit.clientOf("_hidden"));
    }
}
